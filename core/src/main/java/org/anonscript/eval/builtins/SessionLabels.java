package org.anonscript.eval.builtins;

import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anonscript.eval.EvaluationException;
import org.anonscript.script.Dialect;

/**
 * {@code makeSessionLabel[pattern]} (spec §8.4), the indexed-label function XNAT's upload clients offer:
 * the first label made by replacing the run of {@code #} with an index, zero-padded to the run's length
 * and counted from 0, that no session of the target project uses yet. {@code S001_v##_mr} gives
 * {@code S001_v00_mr}, or {@code S001_v01_mr} when that label exists. A null, blank or {@code #}-less
 * pattern gives {@code ""}.
 *
 * <p>XNAT has two implementations and they differ at the edges, so the dialect chooses:
 * <ul>
 * <li><b>DE6</b> ({@code dicom-edit6}'s indexed-label function, the rule written in spec §8.4): the
 * pattern must be a non-empty prefix without {@code #}, a run of {@code #}, then any suffix, else it is
 * a runtime error; the label is assembled with {@code String.format(prefix + "%s" + suffix, index)}, so
 * a {@code %} in the pattern is format syntax and {@code %d} or a lone {@code %} is a runtime error.
 * Past its padding the index grows ({@code S100} after {@code S99}).</li>
 * <li><b>DE4</b> (the classic engine's indexed label, which DE4-era uploaders registered as
 * {@code makeSessionLabel}): any pattern with a {@code #} works, even {@code #} alone ({@code 0}, as
 * XNAT's tests say); the first run of {@code #} is replaced in place in one reused buffer, so once the
 * index outgrows the padding the labels keep growing ({@code S#} with {@code S0}…{@code S10} taken gives
 * {@code S110}) — a quirk kept because a test-run must agree with XNAT.</li>
 * </ul>
 * Labels are compared exactly with the existing ones the host supplies (none by default).
 */
public final class SessionLabels {

    private static final Pattern DE6_FORMAT = Pattern.compile("^(?<open>[^#]+)(?<index>#+)(?<close>.*)$");

    private SessionLabels() {
    }

    /** The DE6 form, spec §8.4. */
    public static String make(String pattern, Set<String> existingLabels) {
        return make(pattern, existingLabels, Dialect.DE6);
    }

    /** The form of the given dialect (see the class comment). */
    public static String make(String pattern, Set<String> existingLabels, Dialect dialect) {
        if (pattern == null || pattern.isBlank() || !pattern.contains("#")) {
            return "";
        }
        return dialect == Dialect.DE4 ? makeDe4(pattern, existingLabels) : makeDe6(pattern, existingLabels);
    }

    private static String makeDe6(String pattern, Set<String> existingLabels) {
        Matcher m = DE6_FORMAT.matcher(pattern);
        if (!m.matches()) {
            throw new EvaluationException("makeSessionLabel: the pattern '" + pattern
                    + "' must be a prefix without #, a run of #, then any suffix (e.g. S001_v##_mr)");
        }
        int width = m.group("index").length();
        String template = m.group("open") + "%s" + m.group("close");
        for (long i = 0; ; i++) {
            String label = formatDe6(template, index(i, width));
            if (!existingLabels.contains(label)) {
                return label;
            }
        }
    }

    private static String formatDe6(String template, String index) {
        try {
            return String.format(Locale.ROOT, template, index);
        } catch (IllegalFormatException e) {
            throw new EvaluationException("makeSessionLabel: '%' in the pattern is format syntax in XNAT and is not valid here: "
                    + e.getMessage(), e);
        }
    }

    private static String makeDe4(String pattern, Set<String> existingLabels) {
        int start = pattern.indexOf('#');
        int end = start;
        while (end < pattern.length() && pattern.charAt(end) == '#') {
            end++;
        }
        int width = end - start;
        StringBuilder buffer = new StringBuilder(pattern);
        for (long i = 0; ; i++) {
            // the same range of the same buffer each time, as XNAT does (see the class comment)
            String label = buffer.replace(start, end, index(i, width)).toString();
            if (!existingLabels.contains(label)) {
                return label;
            }
        }
    }

    private static String index(long i, int width) {
        String digits = Long.toString(i);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
