package org.anonscript.eval.builtins;

import org.anonscript.eval.EvaluationException;
import org.anonscript.script.Condition.Operator;
import org.anonscript.script.Dialect;

/**
 * The meaning of DicomEdit conditions (spec §7.4) and of a value used as a condition (spec §5).
 *
 * <p>Comparisons work on text: a missing element or unbound variable is {@code null}, which equals
 * nothing and matches nothing, so {@code =} and {@code ~} are false for it and {@code !=} and
 * {@code !~} are true. Nothing is trimmed and case matters. {@code ~} is a whole-value match of a Java
 * regular expression ({@code "10\\d{2}"} matches {@code 1024}, not {@code 10240}).
 *
 * <p>As in the reference engine the right side is only looked at when the left side is not null: a
 * null left side never raises an error, even with an invalid or null pattern; otherwise an invalid or
 * null pattern is a runtime error.
 *
 * <p>DE4 constraints ({@code value = x :}, {@code value ~ re :}) mean the same, except that the classic
 * engine rejects a null pattern for {@code ~} before it looks at the value.
 */
public final class Conditions {

    private Conditions() {
    }

    /** Whether {@code left op right} holds. */
    public static boolean test(String left, Operator op, String right) {
        return switch (op) {
            case EQUALS -> left != null && left.equals(right);
            case NOT_EQUALS -> left == null || !left.equals(right);
            case MATCHES -> left != null && RegexCache.fullMatch(left, right);
            case NOT_MATCHES -> left == null || !RegexCache.fullMatch(left, right);
        };
    }

    /** {@link #test(String, Operator, String)} with the dialect's one difference (see the class comment). */
    public static boolean test(String left, Operator op, String right, Dialect dialect) {
        if (dialect == Dialect.DE4 && op == Operator.MATCHES && right == null) {
            throw new EvaluationException("null pattern not allowed");
        }
        return test(left, op, right);
    }

    /**
     * Truthiness of a value used as a condition ({@code isPresent[…] ? …}, {@code if (true[])}): a
     * boolean is itself; text is true only if it is {@code "true"} in any case
     * ({@link Boolean#parseBoolean}); null and anything else are false.
     */
    public static boolean isTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence text) {
            return Boolean.parseBoolean(text.toString());
        }
        return false;
    }
}
