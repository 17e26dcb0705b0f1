package org.anonscript.analysis;

import java.util.ArrayList;
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
            if (i.otherwise().isPresent()) {
                forEachStatement(i.otherwise().get(), visitor);
            }
        } else if (statement instanceof Statement.IfChain c) {
            for (Statement.IfBranch b : c.branches()) {
                forEachStatement(b.block().statements(), visitor);
            }
            if (c.otherwise().isPresent()) {
                forEachStatement(c.otherwise().get().statements(), visitor);
            }
        } else if (statement instanceof Statement.Constrained c) {
            forEachStatement(c.action(), visitor);
        }
    }

    /** The conditions a statement itself holds (not those of nested statements). */
    static List<Condition> ownConditions(Statement statement) {
        if (statement instanceof Statement.InlineIf i) {
            return List.of(i.condition());
        } else if (statement instanceof Statement.IfChain c) {
            List<Condition> conditions = new ArrayList<>(c.branches().size());
            for (Statement.IfBranch b : c.branches()) {
                conditions.add(b.condition());
            }
            return conditions;
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
            return e.value().isPresent() ? List.of(e.value().get()) : List.of();
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
        if (expression instanceof Expression.ImplicitFormat f) {
            // no combined list: its pattern comes first, then its arguments
            forEachExpression(f.pattern(), visitor);
            forEachExpression(f.args(), visitor);
        } else if (expression instanceof Expression.FunctionCall
                || expression instanceof Expression.ListExpr || expression instanceof Expression.NewGenerator) {
            forEachExpression(children(expression), visitor);
        }
    }

    private static void forEachExpression(List<Expression> expressions, Consumer<Expression> visitor) {
        for (int i = 0, n = expressions.size(); i < n; i++) {
            forEachExpression(expressions.get(i), visitor);
        }
    }

    /** Every expression in the statement and its nested statements and conditions. */
    static void forEachExpressionDeep(Statement statement, Consumer<Expression> visitor) {
        forEachStatement(statement, s -> ownExpressionsDeep(s, visitor));
    }

    /** Every expression of the statement's own conditions, then of its own values, nested ones included. */
    static void ownExpressionsDeep(Statement s, Consumer<Expression> visitor) {
        if (s instanceof Statement.InlineIf i) {
            conditionExpressions(i.condition(), visitor);
        } else if (s instanceof Statement.IfChain c) {
            for (Statement.IfBranch b : c.branches()) {
                conditionExpressions(b.condition(), visitor);
            }
        } else if (s instanceof Statement.Constrained c) {
            for (Condition condition : c.constraints()) {
                conditionExpressions(condition, visitor);
            }
        } else if (s instanceof Statement.Version v) {
            forEachExpression(v.version(), visitor);
        } else if (s instanceof Statement.TagAssignment a) {
            forEachExpression(a.value(), visitor);
        } else if (s instanceof Statement.VariableAssignment a) {
            forEachExpression(a.value(), visitor);
        } else if (s instanceof Statement.CallStatement c) {
            forEachExpression(c.call(), visitor);
        } else if (s instanceof Statement.Echo e && e.value().isPresent()) {
            forEachExpression(e.value().get(), visitor);
        }
    }

    /** Every expression of a condition, operands first, nested ones included. */
    static void conditionExpressions(Condition condition, Consumer<Expression> visitor) {
        if (condition instanceof Condition.Comparison c) {
            forEachExpression(c.left(), visitor);
            forEachExpression(c.right(), visitor);
        } else if (condition instanceof Condition.CallCondition c) {
            forEachExpression(c.call(), visitor);
        }
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
