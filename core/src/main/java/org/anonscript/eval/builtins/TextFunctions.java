package org.anonscript.eval.builtins;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.anonscript.eval.EvaluationException;
import org.anonscript.eval.RunStop;

/**
 * DicomEdit's text functions (spec §8.3, §8.4, §12.4) on already-evaluated arguments: the evaluator
 * reads tag paths and variables first, and passes {@code null} for a missing element.
 *
 * <p>Each follows the Java call the reference engine makes, including its errors: a null text where
 * the reference would dereference it is a runtime error ({@link EvaluationException}), as are bad
 * indexes and malformed patterns. One deliberate choice: {@link #lowercase} and {@link #uppercase} use
 * {@link Locale#ROOT}. The reference calls {@code toLowerCase()} with the server's default locale; on
 * the English and C locales XNAT servers run with that is the same mapping, and ROOT keeps anonscript's
 * result from depending on the machine it runs on (a Turkish default locale would turn {@code I} into a
 * dotless {@code ı}).
 */
public final class TextFunctions {

    private TextFunctions() {
    }

    /**
     * {@code format[pattern, args…]}: Java {@link MessageFormat}. {@code {n}} is argument n counted after
     * the pattern; list arguments are flattened first; null prints {@code null}; {@code '} quotes (so
     * {@code "O'Brien {0}"} does not substitute, {@code ''} is one apostrophe); a placeholder beyond the
     * arguments stays as written.
     *
     * @param args strings, nulls, booleans or (nested) lists of them
     * @throws EvaluationException for a null or malformed pattern (unbalanced {@code {}}, unknown format
     *                             type) or a number/date format applied to text
     */
    public static String format(String pattern, List<?> args) {
        if (pattern == null) {
            throw new EvaluationException("format: the pattern is null");
        }
        Object[] flat = flatten(args).toArray();
        try {
            return new MessageFormat(pattern, Locale.ROOT).format(flat);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException("format: bad pattern '" + pattern + "': " + e.getMessage(), e);
        }
    }

    /** Arguments with nested lists spliced in, left to right; non-text values become their text. */
    static List<String> flatten(List<?> args) {
        List<String> flat = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof List<?> list) {
                flat.addAll(flatten(list));
            } else {
                flat.add(arg == null ? null : arg.toString());
            }
        }
        return flat;
    }

    /** {@code concatenate[…]}: the texts joined with nothing between; a null argument is an error. */
    public static String concatenate(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null) {
                throw new EvaluationException("null argument to concatenate (argument " + (i + 1) + ")");
            }
            sb.append(text);
        }
        return sb.toString();
    }

    /** {@code lowercase[s]} (see the class comment for the locale). */
    public static String lowercase(String text) {
        return requireText("lowercase", text).toLowerCase(Locale.ROOT);
    }

    /** {@code uppercase[s]} (see the class comment for the locale). */
    public static String uppercase(String text) {
        return requireText("uppercase", text).toUpperCase(Locale.ROOT);
    }

    /**
     * {@code substring[s, begin, end]}: Java {@link String#substring(int, int)}, 0-based, end exclusive,
     * counted in UTF-16 units.
     *
     * @throws EvaluationException for null text, non-integer indexes, or indexes out of range / crossed
     */
    public static String substring(String text, String begin, String end) {
        return substring(text, IntegerArgument.parse("substring", "begin index", begin),
                IntegerArgument.parse("substring", "end index", end));
    }

    /** {@link #substring(String, String, String)} with numeric indexes. */
    public static String substring(String text, int begin, int end) {
        requireText("substring", text);
        if (begin < 0 || end > text.length() || begin > end) {
            throw new EvaluationException("substring: indexes [" + begin + ", " + end + ") are out of range for '"
                    + text + "' (length " + text.length() + ")");
        }
        return text.substring(begin, end);
    }

    /** {@code replace[s, find, with]}: every literal (not regex) occurrence, left to right. */
    public static String replace(String text, String find, String with) {
        requireText("replace", text);
        if (find == null || with == null) {
            throw new EvaluationException("replace: " + (find == null ? "the text to find" : "the replacement") + " is null");
        }
        return text.replace(find, with);
    }

    /**
     * {@code match[s, regex, group]}: the first <em>find</em> of {@code regex} in {@code text} (not
     * anchored) and its capture group {@code group} (0 is the whole match), or null when nothing is found
     * or the group did not take part in the match. {@code match["aba", "(a(b)?)+", 2]} is {@code b}.
     *
     * @throws EvaluationException for null text, a bad regex, a non-integer group, or a group the
     *                             pattern does not have
     */
    public static String match(String text, String regex, String group) {
        requireText("match", text);
        Matcher matcher = RegexCache.compile(regex).matcher(RunStop.watched(text));
        int index = IntegerArgument.parse("match", "group", group);
        if (!matcher.find()) {
            return null;
        }
        if (index < 0 || index > matcher.groupCount()) {
            throw new EvaluationException("match: group " + index + " does not exist in '" + regex + "' ("
                    + matcher.groupCount() + " group" + (matcher.groupCount() == 1 ? "" : "s") + ")");
        }
        return matcher.group(index);
    }

    /** {@code ismatch[s, regex]}: whether the whole of {@code text} matches; null text is an error. */
    public static boolean ismatch(String text, String regex) {
        requireText("ismatch", text);
        return RegexCache.fullMatch(text, regex);
    }

    /** {@code normalizeString[s]}: every non-ASCII character replaced by {@code _}. */
    public static String normalizeString(String text) {
        return normalizeString(text, "_");
    }

    /**
     * {@code normalizeString[s, replacement]}: every code point outside U+0000–U+007F (a surrogate pair
     * is one) replaced by {@code replacement}, which may be several characters; null stays null.
     *
     * <p>Like the reference ({@code String.replaceAll}), {@code $} and {@code \} in the replacement are
     * regex-replacement syntax: {@code "\\$"} inserts a dollar, and a bare {@code $} is a runtime error —
     * but only when there is something to replace.
     */
    public static String normalizeString(String text, String replacement) {
        if (text == null) {
            return null;
        }
        if (replacement == null) {
            throw new EvaluationException("normalizeString: the replacement is null");
        }
        try {
            return text.replaceAll("[^\\p{ASCII}]", replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new EvaluationException("normalizeString: bad replacement '" + replacement
                    + "' ($ and \\ must be escaped with \\): " + e.getMessage(), e);
        }
    }

    /**
     * DE4 {@code urlEncode[s]}: HTML form encoding in UTF-8 ({@link URLEncoder}): {@code "0=1"} is
     * {@code 0%3D1}, a space is {@code +}.
     */
    public static String urlEncode(String text) {
        return URLEncoder.encode(requireText("urlEncode", text), StandardCharsets.UTF_8);
    }

    private static String requireText(String function, String text) {
        if (text == null) {
            throw new EvaluationException(function + ": the value is null (missing element or unset variable)");
        }
        return text;
    }
}
