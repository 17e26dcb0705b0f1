package org.anonscript.script;

import java.util.List;
import java.util.Optional;

/** A value-producing expression (spec §4 {@code value}/{@code arg}, §13.1 {@code term}). */
public sealed interface Expression extends Node {

    /**
     * A double-quoted string. {@code raw} is the text between the quotes as written (after line
     * joining); {@code value} is what the dialect decodes it to (DE6: only {@code \\} → {@code \};
     * DE4: Java-style escapes, spec §13.1).
     */
    record StringLiteral(String raw, String value, Range range) implements Expression {
    }

    /** An integer or decimal; numbers evaluate to their text (spec §2.4). */
    record NumberLiteral(String text, Range range) implements Expression {
    }

    /** A bare name: a variable read. */
    record VariableRef(Identifier name, Range range) implements Expression {
    }

    /** A tag path used as a value or passed to a function (spec §7.1–7.2). */
    record PathExpr(TagPath path, Range range) implements Expression {
    }

    /** {@code name[arg, …]}. */
    record FunctionCall(Identifier name, List<Expression> args, Range range) implements Expression {
        public FunctionCall {
            args = List.copyOf(args);
        }
    }

    /** {@code { a, b, … }} (DE6 6.6+). */
    record ListExpr(List<Expression> entries, Range range) implements Expression {
        public ListExpr {
            entries = List.copyOf(entries);
        }
    }

    /** DE4 implicit format: {@code "pattern {0}" term, term} (spec §13.1). */
    record ImplicitFormat(StringLiteral pattern, List<Expression> args, Range range) implements Expression {
        public ImplicitFormat {
            args = List.copyOf(args);
        }
    }

    /** DE4 generator: {@code new UID} or {@code new NAME[args]} (spec §13.3). */
    record NewGenerator(Identifier name, List<Expression> args, Range range) implements Expression {
        public NewGenerator {
            args = List.copyOf(args);
        }
    }

    /** Placeholder where the parser recovered from a malformed value; a diagnostic has been reported. */
    record Missing(Range range) implements Expression {
    }

    /** The {@code [n]} or {@code [%]} after a sequence tag. Not an expression, kept here with the path syntax. */
    record ItemSelector(Optional<Integer> index, Range range) implements Node {
        /** {@code [%]}: every item. */
        public boolean all() {
            return index.isEmpty();
        }
    }
}
