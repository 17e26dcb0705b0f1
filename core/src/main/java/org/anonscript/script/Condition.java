package org.anonscript.script;

/** A condition of {@code ? :}, {@code if}, or a DE4 constraint (spec §7.4, §13.1). */
public sealed interface Condition extends Node {

    record Comparison(Expression left, Operator op, Range opRange, Expression right, Range range) implements Condition {
    }

    /** A bare function call used as a condition (6.7+): {@code isPresent[…] ? …}. */
    record CallCondition(Expression.FunctionCall call, Range range) implements Condition {
    }

    enum Operator {
        EQUALS("="), NOT_EQUALS("!="), MATCHES("~"), NOT_MATCHES("!~");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
