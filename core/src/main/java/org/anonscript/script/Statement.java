package org.anonscript.script;

import java.util.List;
import java.util.Optional;

/** One statement (spec §4 {@code stmt}, §13.1 for DE4). Each has one obvious evaluator case. */
public sealed interface Statement extends Node {

    /** {@code version "6.x"}. */
    record Version(Expression.StringLiteral version, Range range) implements Statement {
    }

    /** {@code path := value}, or {@code path ?= value} when {@code ifExists}. */
    record TagAssignment(TagPath target, Expression value, boolean ifExists, Range operatorRange, Range range)
            implements Statement {
    }

    /** {@code name := value} (DE6: list allowed; DE4: single initialisation). */
    record VariableAssignment(Identifier name, Expression value, Range range) implements Statement {
    }

    /** {@code - path}. */
    record Deletion(TagPath target, Range range) implements Statement {
    }

    /** {@code name[args]} as a statement; the result is discarded. */
    record CallStatement(Expression.FunctionCall call, Range range) implements Statement {
    }

    /** {@code echo [value]}. */
    record Echo(Optional<Expression> value, Range range) implements Statement {
    }

    /** {@code removeAllPrivateTags}. */
    record RemoveAllPrivateTags(Range range) implements Statement {
    }

    /** {@code describe name "label" | hidden | const | immutable}. */
    record Describe(Identifier name, DescribeKind kind, Optional<Expression.StringLiteral> label, Range range)
            implements Statement {
    }

    enum DescribeKind { LABEL, HIDDEN, CONST, IMMUTABLE }

    /** {@code export name "field"}. */
    record Export(Identifier name, Expression.StringLiteral field, Range range) implements Statement {
    }

    /** {@code condition ? action [: action]} (DE6). {@code otherwise} is empty when there is no {@code :} branch. */
    record InlineIf(Condition condition, Statement then, Optional<Statement> otherwise, Range range)
            implements Statement {
    }

    /** {@code if (…) {…} elseif (…) {…} else {…}} (DE6 6.4+). */
    record IfChain(List<IfBranch> branches, Optional<Block> otherwise, Range range) implements Statement {
        public IfChain {
            branches = List.copyOf(branches);
        }
    }

    /** DE4 constraint chain: {@code c1 : c2 : action} — the action runs only when every constraint holds. */
    record Constrained(List<Condition> constraints, Statement action, Range range) implements Statement {
        public Constrained {
            constraints = List.copyOf(constraints);
        }
    }

    /** A line the parser could not make sense of; a syntax diagnostic covers it. Kept so nothing is lost. */
    record Erroneous(String text, Range range) implements Statement {
    }

    /** {@code if}/{@code elseif} arm. {@code keywordRange} covers {@code if} or {@code elseif}. */
    record IfBranch(Condition condition, Block block, Range keywordRange, Range range) implements Node {
    }

    /** {@code { statements }}. */
    record Block(List<Statement> statements, Range range) implements Node {
        public Block {
            statements = List.copyOf(statements);
        }
    }
}
