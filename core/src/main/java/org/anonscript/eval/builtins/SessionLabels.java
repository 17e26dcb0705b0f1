package org.anonscript.eval.builtins;

import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anonscript.eval.EvaluationException;

/**
 * {@code makeSessionLabel[pattern]} (spec §8.4), the indexed-label function XNAT's upload clients offer:
 * the first label {@code prefix + index + suffix} not already used by a session of the target project,
 * the index zero-padded to the length of the {@code #} run and counted from 0.
 *
 * <p>{@code S001_v##_mr} gives {@code S001_v00_mr}, or {@code S001_v01_mr} when that label exists. The
 * pattern must be a non-empty prefix without {@code #}, a run of {@code #}, then anything; a null,
 * blank or {@code #}-less pattern gives {@code ""}. Past the padding the index simply grows
 * ({@code 100} after {@code 99}).
 *
 * <p>The reference assembles the label with {@code String.format(prefix + "%s" + suffix, index)}, so a
 * {@code %} in the prefix or suffix is format syntax there; this class does the same, and what fails
 * there ({@code %d}, a lone {@code %}) is a runtime error here too.
 */
public final class SessionLabels {

    private static final Pattern FORMAT = Pattern.compile("^(?<open>[^#]+)(?<index>#+)(?<close>.*)$");

    private SessionLabels() {
    }

    /**
     * @param existingLabels labels already used in the project (compared exactly); the host supplies
     *                       them, none by default
     */
    public static String make(String pattern, Set<String> existingLabels) {
        if (pattern == null || pattern.isBlank() || !pattern.contains("#")) {
            return "";
        }
        Matcher m = FORMAT.matcher(pattern);
        if (!m.matches()) {
            throw new EvaluationException("makeSessionLabel: the pattern '" + pattern
                    + "' must be a prefix without #, a run of #, then any suffix (e.g. S001_v##_mr)");
        }
        int width = m.group("index").length();
        String template = m.group("open") + "%s" + m.group("close");
        for (long i = 0; ; i++) {
            String label = label(template, String.format(Locale.ROOT, "%0" + width + "d", i));
            if (!existingLabels.contains(label)) {
                return label;
            }
        }
    }

    private static String label(String template, String index) {
        try {
            return String.format(Locale.ROOT, template, index);
        } catch (IllegalFormatException e) {
            throw new EvaluationException("makeSessionLabel: '%' in the pattern is format syntax in XNAT and is not valid here: "
                    + e.getMessage(), e);
        }
    }
}
