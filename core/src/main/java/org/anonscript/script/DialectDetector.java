package org.anonscript.script;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XNAT's rule for choosing the engine (spec §1): the first line that is exactly
 * {@code version "<digit>[digits and dots]+"} (word at the start of the line, one blank, nothing after the
 * closing quote) selects DicomEdit 6; without such a line the script is DicomEdit 4.
 */
public final class DialectDetector {

    private static final Pattern VERSION_LINE = Pattern.compile("version \"([0-9][0-9.]+)\"");

    private DialectDetector() {
    }

    /** The version string of the first line of the detected shape, e.g. {@code 6.1}; empty when there is none. */
    public static Optional<String> detectVersion(String text) {
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? length : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            // Cheap pre-check before the regex: most lines do not start with "version".
            if (text.startsWith("version \"", start)) {
                Matcher m = VERSION_LINE.matcher(text).region(start, contentEnd);
                if (m.matches()) {
                    return Optional.of(m.group(1));
                }
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return Optional.empty();
    }

    /** DE6 when a version line is detected, otherwise DE4. */
    public static Dialect detect(String text) {
        return detectVersion(text).isPresent() ? Dialect.DE6 : Dialect.DE4;
    }
}
