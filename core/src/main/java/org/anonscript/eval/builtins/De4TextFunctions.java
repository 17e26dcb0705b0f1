package org.anonscript.eval.builtins;

import java.util.Locale;
import java.util.regex.Matcher;

import org.anonscript.eval.EvaluationException;
import org.anonscript.eval.RunStop;

/**
 * The DE4 (classic) text functions where they differ from DE6 (spec §8.4 says "as in DE6 where the names
 * coincide" [inf]; the classic engine's source shows otherwise). DE4 evaluates values lazily and is
 * lenient with missing values, so a missing element flows through instead of failing:
 *
 * <ul>
 * <li>{@code lowercase} / {@code uppercase} of null is null (DE6: runtime error);</li>
 * <li>{@code substring} of a null or blank value returns it unchanged (DE6: runtime error for null);
 * indexes out of range are still an error;</li>
 * <li>{@code match} is a <em>whole-value</em> match (DE6: the first find), null gives null, and a
 * group the pattern does not have is an error only when the value matches.</li>
 * </ul>
 * {@code format}, {@code replace} and {@code urlEncode} behave as in {@link TextFunctions}.
 */
public final class De4TextFunctions {

    private De4TextFunctions() {
    }

    /** DE4 {@code lowercase[s]}: null stays null (locale: see {@link TextFunctions}). */
    public static String lowercase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** DE4 {@code uppercase[s]}: null stays null. */
    public static String uppercase(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** DE4 {@code substring[s, begin, end]}: a null or blank value is returned as it is. */
    public static String substring(String text, String begin, String end) {
        int from = IntegerArgument.parse("substring", "begin index", begin);
        int to = IntegerArgument.parse("substring", "end index", end);
        if (text == null || text.isBlank()) {
            return text;
        }
        return TextFunctions.substring(text, from, to);
    }

    /** DE4 {@code match[s, regex, group]}: group {@code group} of a whole-value match, else null. */
    public static String match(String text, String regex, String group) {
        int index = IntegerArgument.parse("match", "group", group);
        if (text == null) {
            return null;
        }
        Matcher matcher = RegexCache.compile(regex).matcher(RunStop.watched(text));
        if (!matcher.matches()) {
            return null;
        }
        if (index < 0 || index > matcher.groupCount()) {
            throw new EvaluationException("match: group " + index + " does not exist in '" + regex + "'");
        }
        return matcher.group(index);
    }
}
