package org.anonscript.analysis;

import java.util.List;
import java.util.function.Consumer;
import org.anonscript.script.Condition;
import org.anonscript.script.Expression;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;

/** Depth-first traversals of the AST shared by the checks. Total over every node kind; never throws. */
final class Nodes {

    private Nodes() {
    }

    /** Every statement, nested ones (branches, blocks, constrained actions) right after their parent. */
    static void forEachStatement(List<Statement> statements, Consumer<Statement> visitor) {
        for (Statement s : statements) {
            forEachStatement(s, visitor);
        }
    }

    static void forEachStatement(Statement statement, Consumer<Statement> visitor) {
        visitor.accept(statement);
        if (statement instanceof Statement.InlineIf i) {
            forEachStatement(i.then(), visitor);
            i.otherwise().ifPresent(o -> forEachStatement(o, visitor));
        } else if (statement instanceof Statement.IfChain c) {
            c.branches().forEach(b -> forEachStatement(b.block().statements(), visitor));
            c.otherwise().ifPresent(b -> forEachStatement(b.statements(), visitor));
        } else if (statement instanceof Statement.Constrained c) {
            forEachStatement(c.action(), visitor);
        }
    }

    /** The conditions a statement itself holds (not those of nested statements). */
    static List<Condition> ownConditions(Statement statement) {
        if (statement instanceof Statement.InlineIf i) {
            return List.of(i.condition());
        } else if (statement instanceof Statement.IfChain c) {
            return c.branches().stream().map(Statement.IfBranch::condition).toList();
        } else if (statement instanceof Statement.Constrained c) {
            return c.constraints();
        }
        return List.of();
    }

    /** The top-level expressions a statement itself holds (not those of nested statements). */
    static List<Expression> ownExpressions(Statement statement) {
        if (statement instanceof Statement.Version v) {
            return List.of(v.version());
        } else if (statement instanceof Statement.TagAssignment a) {
            return List.of(a.value());
        } else if (statement instanceof Statement.VariableAssignment a) {
            return List.of(a.value());
        } else if (statement instanceof Statement.CallStatement c) {
            return List.of(c.call());
        } else if (statement instanceof Statement.Echo e) {
            return e.value().stream().toList();
        }
        return List.of();
    }

    /** Every expression of a condition, operands first. */
    static List<Expression> operands(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return List.of(c.left(), c.right());
        } else if (condition instanceof Condition.CallCondition c) {
            return List.of(c.call());
        }
        return List.of();
    }

    /** The expression and everything nested in it. */
    static void forEachExpression(Expression expression, Consumer<Expression> visitor) {
        visitor.accept(expression);
        for (Expression child : children(expression)) {
            forEachExpression(child, visitor);
        }
    }

    /** Every expression in the statement and its nested statements and conditions. */
    static void forEachExpressionDeep(Statement statement, Consumer<Expression> visitor) {
        forEachStatement(statement, s -> {
            ownConditions(s).forEach(c -> operands(c).forEach(e -> forEachExpression(e, visitor)));
            ownExpressions(s).forEach(e -> forEachExpression(e, visitor));
        });
    }

    static List<Expression> children(Expression expression) {
        if (expression instanceof Expression.FunctionCall f) {
            return f.args();
        } else if (expression instanceof Expression.ListExpr l) {
            return l.entries();
        } else if (expression instanceof Expression.ImplicitFormat f) {
            return prepend(f.pattern(), f.args());
        } else if (expression instanceof Expression.NewGenerator g) {
            return g.args();
        }
        return List.of();
    }

    /** Every tag path in the statement: targets and path values, nested statements included. */
    static void forEachPath(Statement statement, Consumer<TagPath> visitor) {
        forEachStatement(statement, s -> {
            if (s instanceof Statement.TagAssignment a) {
                visitor.accept(a.target());
            } else if (s instanceof Statement.Deletion d) {
                visitor.accept(d.target());
            }
        });
        forEachExpressionDeep(statement, e -> {
            if (e instanceof Expression.PathExpr p) {
                visitor.accept(p.path());
            }
        });
    }

    private static List<Expression> prepend(Expression first, List<Expression> rest) {
        var all = new java.util.ArrayList<Expression>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
