package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.script.Expression;
import org.anonscript.script.Script;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;

/**
 * The script's nodes in the orders of {@link Nodes}' walks, collected once per analysis so that the
 * check families loop over lists instead of each walking the tree again through callbacks.
 */
final class FlatScript {

    /** Every statement, nested ones right after their parent ({@link Nodes#forEachStatement}). */
    final List<Statement> statements = new ArrayList<>();
    /** Every expression, per top-level statement in {@link Nodes#forEachExpressionDeep} order. */
    final List<Expression> expressions = new ArrayList<>();
    /** Every tag path, per top-level statement in {@link Nodes#forEachPath} order. */
    final List<TagPath> paths = new ArrayList<>();
    /** {@code expressions} of top-level statement {@code i} are {@code [firstExpression[i], firstExpression[i + 1])}. */
    private final int[] firstExpression;

    FlatScript(Script script) {
        List<Statement> tops = script.statements();
        firstExpression = new int[tops.size() + 1];
        for (int i = 0; i < tops.size(); i++) {
            Statement top = tops.get(i);
            firstExpression[i] = expressions.size();
            int firstStatement = statements.size();
            Nodes.forEachStatement(top, statements::add);
            Nodes.forEachExpressionDeep(top, expressions::add);
            for (int s = firstStatement; s < statements.size(); s++) {
                Statement nested = statements.get(s);
                if (nested instanceof Statement.TagAssignment a) {
                    paths.add(a.target());
                } else if (nested instanceof Statement.Deletion d) {
                    paths.add(d.target());
                }
            }
            for (int e = firstExpression[i]; e < expressions.size(); e++) {
                if (expressions.get(e) instanceof Expression.PathExpr p) {
                    paths.add(p.path());
                }
            }
        }
        firstExpression[tops.size()] = expressions.size();
    }

    /** The expressions of the {@code index}-th top-level statement and everything nested in it. */
    List<Expression> expressionsOf(int index) {
        return expressions.subList(firstExpression[index], firstExpression[index + 1]);
    }
}
