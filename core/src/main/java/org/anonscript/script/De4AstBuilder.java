package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.grammar.DE4Lexer;
import org.anonscript.grammar.DE4Parser;
import org.antlr.v4.runtime.Token;

/**
 * Turns DE4 parse trees into AST records (spec §13): constraint chains become {@link Statement.Constrained},
 * {@code "pattern" a, b} becomes {@link Expression.ImplicitFormat}, {@code new UID} a
 * {@link Expression.NewGenerator}. Identifiers keep their spelling; DE4 compares variable names
 * case-insensitively ({@link Identifier#key(Dialect)}).
 */
final class De4AstBuilder {

    private final SourceMap map;
    private final List<Diagnostic> diagnostics;

    De4AstBuilder(SourceMap map, List<Diagnostic> diagnostics) {
        this.map = map;
        this.diagnostics = diagnostics;
    }

    Statement statement(DE4Parser.StatementContext ctx) {
        Range range = map.range(ctx);
        if (ctx.action() != null && ctx.constraint().isEmpty()) {
            return action(ctx.action());
        }
        if (ctx.action() != null) {
            List<Condition> constraints = new ArrayList<>();
            for (DE4Parser.ConstraintContext c : ctx.constraint()) {
                Condition.Operator op = c.op.getType() == DE4Lexer.EQUALS
                        ? Condition.Operator.EQUALS : Condition.Operator.MATCHES;
                Range cr = map.range(c.getStart(), c.value(1).getStop());
                constraints.add(new Condition.Comparison(value(c.value(0)), op, map.range(c.op), value(c.value(1)), cr));
            }
            return new Statement.Constrained(constraints, action(ctx.action()), range);
        }
        if (ctx.initialization() != null) {
            DE4Parser.InitializationContext i = ctx.initialization();
            return new Statement.VariableAssignment(identifier(i.ID().getSymbol()), value(i.value()), range);
        }
        DE4Parser.DescriptionContext d = ctx.description();
        if (d instanceof DE4Parser.DescribeLabelContext l) {
            return new Statement.Describe(identifier(l.ID().getSymbol()), Statement.DescribeKind.LABEL,
                    Optional.of(string(l.STRING().getSymbol())), range);
        }
        if (d instanceof DE4Parser.DescribeHiddenContext h) {
            return new Statement.Describe(identifier(h.ID().getSymbol()), Statement.DescribeKind.HIDDEN,
                    Optional.empty(), range);
        }
        DE4Parser.ExportContext e = (DE4Parser.ExportContext) d;
        return new Statement.Export(identifier(e.ID().getSymbol()), string(e.STRING().getSymbol()), range);
    }

    private Statement action(DE4Parser.ActionContext ctx) {
        Range range = map.range(ctx);
        if (ctx.assignment() instanceof DE4Parser.AssignContext a) {
            return new Statement.TagAssignment(path(a.lvalue().getStart()), value(a.value()), false,
                    map.range(a.ASSIGN().getSymbol()), range);
        }
        if (ctx.assignment() instanceof DE4Parser.GenerateContext g) {
            List<Expression> args = new ArrayList<>();
            for (DE4Parser.TermContext t : g.term()) {
                args.add(term(t));
            }
            Expression generator = new Expression.NewGenerator(identifier(g.ID().getSymbol()), args,
                    map.range(g.NEW().getSymbol(), g.getStop()));
            return new Statement.TagAssignment(path(g.TAG().getSymbol()), generator, false,
                    map.range(g.ASSIGN().getSymbol()), range);
        }
        if (ctx.deletion() != null) {
            return new Statement.Deletion(path(ctx.deletion().lvalue().getStart()), range);
        }
        DE4Parser.EchoContext e = ctx.echo();
        return new Statement.Echo(e.value() == null ? Optional.empty() : Optional.of(value(e.value())), range);
    }

    private Expression value(DE4Parser.ValueContext ctx) {
        if (ctx instanceof DE4Parser.ImplicitFormatContext f) {
            List<Expression> args = new ArrayList<>();
            for (DE4Parser.TermContext t : f.term()) {
                args.add(term(t));
            }
            return new Expression.ImplicitFormat(string(f.STRING().getSymbol()), args, map.range(ctx));
        }
        return term(((DE4Parser.PlainValueContext) ctx).term());
    }

    private Expression term(DE4Parser.TermContext ctx) {
        if (ctx instanceof DE4Parser.StringTermContext s) {
            return string(s.STRING().getSymbol());
        }
        if (ctx instanceof DE4Parser.NumberTermContext n) {
            return new Expression.NumberLiteral(n.getText(), map.range(n.NUMBER().getSymbol()));
        }
        if (ctx instanceof DE4Parser.TagTermContext t) {
            TagPath p = path(t.TAG().getSymbol());
            return new Expression.PathExpr(p, p.range());
        }
        if (ctx instanceof DE4Parser.CallTermContext c) {
            List<Expression> args = new ArrayList<>();
            for (DE4Parser.TermContext t : c.term()) {
                args.add(term(t));
            }
            return new Expression.FunctionCall(identifier(c.ID().getSymbol()), args, map.range(ctx));
        }
        Identifier name = identifier(((DE4Parser.NameTermContext) ctx).ID().getSymbol());
        return new Expression.VariableRef(name, name.range());
    }

    /** A DE4 tag or pattern {@code (gggg,eeee)} as a one-step path. */
    private TagPath path(Token tag) {
        String text = tag.getText();
        Range range = map.range(tag);
        TagPattern pattern = new TagPattern(text.substring(1, 5), text.substring(6, 10), Optional.empty(), range);
        return new TagPath(List.of(new PathStep.TagStep(pattern, Optional.empty(), range)), range);
    }

    private Expression.StringLiteral string(Token token) {
        String text = token.getText();
        String raw = text.substring(1, text.length() - 1);
        for (StringLiterals.BadEscape bad : StringLiterals.de4BadEscapes(raw)) {
            int start = token.getStartIndex() + 1 + bad.start();
            diagnostics.add(Diagnostic.of(DiagnosticCode.DE003, map.range(start, token.getStartIndex() + 1 + bad.end()),
                    "`" + bad.text() + "` is not an escape in DicomEdit 4: write `\\" + bad.text()
                            + "` for a backslash.",
                    Map.of("escape", bad.text())));
        }
        return new Expression.StringLiteral(raw, StringLiterals.de4Value(raw), map.range(token));
    }

    private Identifier identifier(Token token) {
        return new Identifier(token.getText(), map.range(token));
    }
}
