package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.grammar.DE6Lexer;
import org.anonscript.grammar.DE6Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns DE6 parse trees into AST records with original-text ranges, and reports the problems the
 * grammar lets through on purpose: invalid escapes (DE003), numeric private tags (DE203), bad
 * creators (DE204), bad item indexes (DE205) and statements sharing a line (DE007).
 */
final class De6AstBuilder {

    private final SourceMap map;
    private final List<Diagnostic> diagnostics;

    De6AstBuilder(SourceMap map, List<Diagnostic> diagnostics) {
        this.map = map;
        this.diagnostics = diagnostics;
    }

    /** A whole script parsed at once: statements not separated by a newline get DE007. */
    List<Statement> script(DE6Parser.ScriptContext ctx) {
        List<Statement> result = new ArrayList<>();
        boolean separated = true;
        for (org.antlr.v4.runtime.tree.ParseTree child : ctx.children) {
            if (child instanceof DE6Parser.StatementContext s) {
                Statement st = statement(s);
                if (!separated) {
                    reportSameLine(st);
                }
                result.add(st);
                separated = false;
            } else {
                separated = true;
            }
        }
        return result;
    }

    List<Statement> chunk(DE6Parser.ChunkContext ctx) {
        List<Statement> result = new ArrayList<>();
        Statement previous = null;
        for (DE6Parser.StatementContext s : ctx.statement()) {
            Statement st = statement(s);
            if (previous != null) {
                reportSameLine(st);
            }
            result.add(st);
            previous = st;
        }
        return result;
    }

    private void reportSameLine(Statement st) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.DE007, st.range(),
                "A second statement on the same line: only the newest DicomEdit 6 engines accept this;"
                        + " start it on a new line.",
                Map.of("insertOffset", Integer.toString(st.range().start().offset()), "insertText", "\n")));
    }

    Statement statement(DE6Parser.StatementContext ctx) {
        Range range = map.range(ctx);
        if (ctx.action() != null) {
            return action(ctx.action());
        }
        if (ctx.conditional() != null) {
            DE6Parser.ConditionalContext c = ctx.conditional();
            Optional<Statement> otherwise = c.action().size() > 1
                    ? Optional.of(action(c.action(1))) : Optional.empty();
            return new Statement.InlineIf(condition(c.condition()), action(c.action(0)), otherwise, range);
        }
        if (ctx.ifChain() != null) {
            return ifChain(ctx.ifChain(), range);
        }
        if (ctx.describe() != null) {
            DE6Parser.DescribeContext d = ctx.describe();
            Identifier name = identifier(d.ID().getSymbol());
            return switch (d.kind.getType()) {
                case DE6Lexer.HIDDEN_WORD -> new Statement.Describe(name, Statement.DescribeKind.HIDDEN, Optional.empty(), range);
                case DE6Lexer.CONST_WORD -> new Statement.Describe(name, Statement.DescribeKind.CONST, Optional.empty(), range);
                case DE6Lexer.IMMUTABLE_WORD ->
                        new Statement.Describe(name, Statement.DescribeKind.IMMUTABLE, Optional.empty(), range);
                default -> new Statement.Describe(name, Statement.DescribeKind.LABEL, Optional.of(string(d.kind)), range);
            };
        }
        if (ctx.export() != null) {
            DE6Parser.ExportContext e = ctx.export();
            return new Statement.Export(identifier(e.ID().getSymbol()), string(e.STRING().getSymbol()), range);
        }
        if (ctx.removeAllPrivateTags() != null) {
            return new Statement.RemoveAllPrivateTags(range);
        }
        return new Statement.Version(string(ctx.version().STRING().getSymbol()), range);
    }

    private Statement action(DE6Parser.ActionContext ctx) {
        Range range = map.range(ctx);
        if (ctx.assign() != null) {
            DE6Parser.AssignContext a = ctx.assign();
            return new Statement.TagAssignment(tagpath(a.tagpath()), value(a.value()), false,
                    map.range(a.OP_ASSIGN().getSymbol()), range);
        }
        if (ctx.assignIfExists() != null) {
            DE6Parser.AssignIfExistsContext a = ctx.assignIfExists();
            return new Statement.TagAssignment(tagpath(a.tagpath()), value(a.value()), true,
                    map.range(a.OP_ASSIGN_IF_EXISTS().getSymbol()), range);
        }
        if (ctx.initialize() != null) {
            DE6Parser.InitializeContext a = ctx.initialize();
            return new Statement.VariableAssignment(identifier(a.ID().getSymbol()), value(a.value()), range);
        }
        if (ctx.deletion() != null) {
            return new Statement.Deletion(tagpath(ctx.deletion().tagpath()), range);
        }
        if (ctx.function() != null) {
            return new Statement.CallStatement(function(ctx.function()), range);
        }
        DE6Parser.EchoContext e = ctx.echo();
        return new Statement.Echo(e.value() == null ? Optional.empty() : Optional.of(value(e.value())), range);
    }

    private Statement ifChain(DE6Parser.IfChainContext ctx, Range range) {
        List<Statement.IfBranch> branches = new ArrayList<>();
        DE6Parser.IfClauseContext first = ctx.ifClause();
        branches.add(branch(first.IF().getSymbol(), first.condition(), first.block(), first));
        for (DE6Parser.ElseifClauseContext e : ctx.elseifClause()) {
            branches.add(branch(e.ELSEIF().getSymbol(), e.condition(), e.block(), e));
        }
        Optional<Statement.Block> otherwise = ctx.elseClause() == null
                ? Optional.empty() : Optional.of(block(ctx.elseClause().block()));
        return new Statement.IfChain(branches, otherwise, range);
    }

    private Statement.IfBranch branch(Token keyword, DE6Parser.ConditionContext condition,
            DE6Parser.BlockContext block, ParserRuleContext whole) {
        return new Statement.IfBranch(condition(condition), block(block), map.range(keyword), map.range(whole));
    }

    private Statement.Block block(DE6Parser.BlockContext ctx) {
        List<Statement> statements = new ArrayList<>();
        boolean separated = true;
        for (DE6Parser.BlockItemContext item : ctx.blockItem()) {
            if (item.NEWLINE() != null) {
                separated = true;
                continue;
            }
            Statement st = statement(item.statement());
            if (!separated) {
                reportSameLine(st);
            }
            statements.add(st);
            separated = false;
        }
        return new Statement.Block(statements, map.range(ctx));
    }

    private Condition condition(DE6Parser.ConditionContext ctx) {
        Range range = map.range(ctx);
        if (ctx instanceof DE6Parser.CallConditionContext call) {
            return new Condition.CallCondition(function(call.function()), range);
        }
        DE6Parser.ComparisonContext c = (DE6Parser.ComparisonContext) ctx;
        Condition.Operator op = switch (c.op.getType()) {
            case DE6Lexer.EQUALS -> Condition.Operator.EQUALS;
            case DE6Lexer.NOT_EQUALS -> Condition.Operator.NOT_EQUALS;
            case DE6Lexer.MATCHES -> Condition.Operator.MATCHES;
            default -> Condition.Operator.NOT_MATCHES;
        };
        return new Condition.Comparison(value(c.value(0)), op, map.range(c.op), value(c.value(1)), range);
    }

    private Expression value(DE6Parser.ValueContext ctx) {
        return expression(ctx.INTEGER(), ctx.FLOAT(), ctx.ID(), ctx.STRING(), ctx.tagpath(), ctx.function(),
                ctx.list(), ctx);
    }

    private Expression listValue(DE6Parser.ListValueContext ctx) {
        return expression(ctx.INTEGER(), ctx.FLOAT(), ctx.ID(), ctx.STRING(), ctx.tagpath(), ctx.function(),
                ctx.list(), ctx);
    }

    private Expression expression(TerminalNode integer, TerminalNode decimal, TerminalNode id, TerminalNode str,
            DE6Parser.TagpathContext path, DE6Parser.FunctionContext call, DE6Parser.ListContext list,
            ParserRuleContext whole) {
        if (integer != null || decimal != null) {
            Token t = (integer != null ? integer : decimal).getSymbol();
            return new Expression.NumberLiteral(t.getText(), map.range(t));
        }
        if (id != null) {
            Identifier name = identifier(id.getSymbol());
            return new Expression.VariableRef(name, name.range());
        }
        if (str != null) {
            return string(str.getSymbol());
        }
        if (path != null) {
            TagPath p = tagpath(path);
            return new Expression.PathExpr(p, p.range());
        }
        if (call != null) {
            return function(call);
        }
        if (list != null) {
            return list(list);
        }
        return new Expression.Missing(map.range(whole));
    }

    private Expression.FunctionCall function(DE6Parser.FunctionContext ctx) {
        List<Expression> args = new ArrayList<>();
        for (DE6Parser.ValueContext v : ctx.value()) {
            args.add(value(v));
        }
        return new Expression.FunctionCall(identifier(ctx.ID().getSymbol()), args, map.range(ctx));
    }

    private Expression.ListExpr list(DE6Parser.ListContext ctx) {
        List<Expression> entries = new ArrayList<>();
        for (DE6Parser.ListEntryContext e : ctx.listEntry()) {
            entries.add(listValue(e.listValue()));
        }
        return new Expression.ListExpr(entries, map.range(ctx));
    }

    private TagPath tagpath(DE6Parser.TagpathContext ctx) {
        List<PathStep> steps = new ArrayList<>();
        for (DE6Parser.StepContext s : ctx.step()) {
            Range range = map.range(s);
            if (s instanceof DE6Parser.LevelStepContext level) {
                PathStep.Level l = switch (level.SEQ_WILDCARD().getText()) {
                    case "*" -> PathStep.Level.ANY;
                    case "+" -> PathStep.Level.ONE_OR_MORE;
                    default -> PathStep.Level.ONE;
                };
                steps.add(new PathStep.LevelWildcard(l, range));
            } else {
                DE6Parser.TagStepContext t = (DE6Parser.TagStepContext) s;
                Optional<Expression.ItemSelector> item = t.itemSelector() == null
                        ? Optional.empty() : Optional.of(itemSelector(t.itemSelector()));
                steps.add(new PathStep.TagStep(tag(t.tag()), item, range));
            }
        }
        return new TagPath(steps, map.range(ctx));
    }

    private Expression.ItemSelector itemSelector(DE6Parser.ItemSelectorContext ctx) {
        Range range = map.range(ctx);
        Token index = ctx.index;
        if (index.getType() == DE6Lexer.ITEM_WILDCARD) {
            return new Expression.ItemSelector(Optional.empty(), range);
        }
        if (index.getType() == DE6Lexer.INTEGER && !index.getText().startsWith("-")) {
            try {
                return new Expression.ItemSelector(Optional.of(Integer.parseInt(index.getText())), range);
            } catch (NumberFormatException tooLarge) {
                // falls through to DE205
            }
        }
        diagnostics.add(Diagnostic.of(DiagnosticCode.DE205, map.range(index),
                "Item index `" + index.getText() + "` is not valid: write a non-negative whole number (0 is the first item)"
                        + " or % for every item."));
        return new Expression.ItemSelector(Optional.of(0), range);
    }

    private TagPattern tag(DE6Parser.TagContext ctx) {
        Range range = map.range(ctx);
        String group = ctx.group.getText().substring(1);
        String elementText = ctx.element.getText();
        String digits = elementText.substring(0, elementText.length() - 1);
        Optional<String> creator = Optional.empty();
        if (ctx.element.getType() != DE6Lexer.PUBLIC_ELEMENT) {
            int close = digits.lastIndexOf('}');
            creator = Optional.of(digits.substring(1, close));
            digits = digits.substring(close + 1);
        }
        TagPattern tag = new TagPattern(group, digits, creator, range);
        boolean privateGroup = ctx.group.getType() == DE6Lexer.PVT_GROUP;
        if (privateGroup && creator.isEmpty()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.DE203, range,
                    "Private group " + tag.group() + " needs its creator in DicomEdit 6: write (" + tag.group()
                            + ",{Creator Name}" + tag.element().substring(2) + "), or use set/delete with the string \""
                            + tag.text() + "\".",
                    Map.of("group", tag.group(), "element", tag.element())));
        } else if (!privateGroup && creator.isPresent()) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.DE204, range,
                    "Group " + tag.group() + " is even (public): a {creator} belongs only to an odd (private) group.",
                    Map.of("creator", creator.get())));
        } else if (ctx.element.getType() == DE6Lexer.BAD_PVT_ELEMENT) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.DE204, range,
                    "Private creator \"" + creator.get() + "\" is not accepted by DicomEdit 6: it must start with a letter"
                            + " and contain only letters, digits, blanks and - _ . :",
                    Map.of("creator", creator.get())));
        }
        return tag;
    }

    private Expression.StringLiteral string(Token token) {
        String text = token.getText();
        String raw = text.substring(1, text.length() - 1);
        Range range = map.range(token);
        for (StringLiterals.BadEscape bad : StringLiterals.de6BadEscapes(raw)) {
            int start = token.getStartIndex() + 1 + bad.start();
            Range at = map.range(start, token.getStartIndex() + 1 + bad.end());
            String message = bad.text().equals("\\\"")
                    ? "`\\\"` is not an escape in DicomEdit 6 (current XNAT rejects it; old 6.x engines accepted it):"
                            + " a DicomEdit 6 string cannot contain a double quote."
                    : "`" + bad.text() + "` is not an escape in DicomEdit 6: write `\\" + bad.text()
                            + "` for a backslash (e.g. a regex \\d is written \"\\\\d\").";
            diagnostics.add(Diagnostic.of(DiagnosticCode.DE003, at, message,
                    Map.of("escape", bad.text())));
        }
        return new Expression.StringLiteral(raw, StringLiterals.de6Value(raw), range);
    }

    private Identifier identifier(Token token) {
        return new Identifier(token.getText(), map.range(token));
    }
}
