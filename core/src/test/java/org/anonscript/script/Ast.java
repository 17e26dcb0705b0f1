package org.anonscript.script;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Test helper: a compact, hand-writable rendering of AST shapes, so that a table row can state
 * "this text parses to this shape" in one line, e.g. {@code (:= (0010,0010) "ANON")}.
 * Strings show their decoded value; paths show their steps; {@code (error)} is an Erroneous statement.
 */
final class Ast {

    private Ast() {
    }

    static String of(Script script) {
        return script.statements().stream().map(Ast::of).collect(Collectors.joining(" "));
    }

    static String of(Statement s) {
        if (s instanceof Statement.Version v) {
            return "(version " + of(v.version()) + ")";
        }
        if (s instanceof Statement.TagAssignment a) {
            return "(" + (a.ifExists() ? "?=" : ":=") + " " + of(a.target()) + " " + of(a.value()) + ")";
        }
        if (s instanceof Statement.VariableAssignment a) {
            return "(let " + a.name().name() + " " + of(a.value()) + ")";
        }
        if (s instanceof Statement.Deletion d) {
            return "(- " + of(d.target()) + ")";
        }
        if (s instanceof Statement.CallStatement c) {
            return "(call " + of(c.call()) + ")";
        }
        if (s instanceof Statement.Echo e) {
            return "(echo" + e.value().map(v -> " " + of(v)).orElse("") + ")";
        }
        if (s instanceof Statement.RemoveAllPrivateTags r) {
            return "(removeAllPrivateTags)";
        }
        if (s instanceof Statement.Describe d) {
            return "(describe " + d.name().name() + " "
                    + d.label().map(Ast::of).orElse(d.kind().name().toLowerCase()) + ")";
        }
        if (s instanceof Statement.Export e) {
            return "(export " + e.name().name() + " " + of(e.field()) + ")";
        }
        if (s instanceof Statement.InlineIf i) {
            return "(? " + of(i.condition()) + " " + of(i.then())
                    + i.otherwise().map(o -> " " + of(o)).orElse("") + ")";
        }
        if (s instanceof Statement.IfChain c) {
            return "(if " + c.branches().stream()
                    .map(b -> of(b.condition()) + " " + of(b.block())).collect(Collectors.joining(" elseif "))
                    + c.otherwise().map(b -> " else " + of(b)).orElse("") + ")";
        }
        if (s instanceof Statement.Constrained c) {
            return "(when " + c.constraints().stream().map(Ast::of).collect(Collectors.joining(" "))
                    + " " + of(c.action()) + ")";
        }
        if (s instanceof Statement.Erroneous e) {
            return "(error)";
        }
        throw new IllegalStateException("unknown node " + s);
    }

    static String of(Statement.Block b) {
        return "{" + b.statements().stream().map(Ast::of).collect(Collectors.joining(" ")) + "}";
    }

    static String of(Condition c) {
        if (c instanceof Condition.Comparison cmp) {
            return "(" + cmp.op().symbol() + " " + of(cmp.left()) + " " + of(cmp.right()) + ")";
        }
        if (c instanceof Condition.CallCondition call) {
            return of(call.call());
        }
        throw new IllegalStateException("unknown node " + c);
    }

    static String of(Expression e) {
        if (e instanceof Expression.StringLiteral s) {
            return "\"" + s.value() + "\"";
        }
        if (e instanceof Expression.NumberLiteral n) {
            return n.text();
        }
        if (e instanceof Expression.VariableRef v) {
            return v.name().name();
        }
        if (e instanceof Expression.PathExpr p) {
            return of(p.path());
        }
        if (e instanceof Expression.FunctionCall f) {
            return f.name().name() + "[" + list(f.args()) + "]";
        }
        if (e instanceof Expression.ListExpr l) {
            return "{" + list(l.entries()) + "}";
        }
        if (e instanceof Expression.ImplicitFormat f) {
            return "(format " + of(f.pattern()) + " " + f.args().stream().map(Ast::of)
                    .collect(Collectors.joining(" ")) + ")";
        }
        if (e instanceof Expression.NewGenerator g) {
            return "(new " + g.name().name() + (g.args().isEmpty() ? "" : " " + list(g.args())) + ")";
        }
        if (e instanceof Expression.Missing m) {
            return "?";
        }
        throw new IllegalStateException("unknown node " + e);
    }

    static String of(TagPath path) {
        return path.steps().stream().map(Ast::of).collect(Collectors.joining("/"));
    }

    static String of(PathStep step) {
        if (step instanceof PathStep.TagStep t) {
            return t.tag().text()
                    + t.item().map(i -> "[" + i.index().map(String::valueOf).orElse("%") + "]").orElse("");
        }
        if (step instanceof PathStep.LevelWildcard w) {
            return w.level().symbol();
        }
        throw new IllegalStateException("unknown node " + step);
    }

    private static String list(List<Expression> items) {
        return items.stream().map(Ast::of).collect(Collectors.joining(", "));
    }
}
