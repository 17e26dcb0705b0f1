package org.anonscript.script;

/** Every AST node knows the span of the user's original text it came from. */
public sealed interface Node permits Statement, Expression, Condition, TagPath, PathStep, TagPattern,
        Identifier, Statement.IfBranch, Statement.Block, Expression.ItemSelector {
    Range range();
}
