package org.anonscript.dicom;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tags as plain {@code int}s ({@code 0xGGGGEEEE}) written and read as text. */
public final class TagFormat {

    // (gggg,eeee) or gggg,eeee with optional blanks around the comma (as DE6 tolerates), or ggggeeee.
    private static final Pattern WITH_COMMA = Pattern.compile("(\\()?([0-9A-Fa-f]{4})\\s*,\\s*([0-9A-Fa-f]{4})(\\))?");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("([0-9A-Fa-f]{4})([0-9A-Fa-f]{4})");

    private TagFormat() {
    }

    public static int of(int group, int element) {
        return (group & 0xFFFF) << 16 | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** {@code (0010,0010)}: upper-case hex, as dcmdump and PS3.6 write it. */
    public static String format(int tag) {
        return String.format("(%04X,%04X)", group(tag), element(tag));
    }

    /**
     * Reads {@code (gggg,eeee)}, {@code gggg,eeee} or {@code ggggeeee} (hex, either case, surrounding blanks
     * ignored); empty for anything else, including unbalanced parentheses.
     */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String trimmed = text.strip();
        Matcher pair = WITH_COMMA.matcher(trimmed);
        if (pair.matches()) {
            if ((pair.group(1) == null) != (pair.group(4) == null)) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(of(Integer.parseInt(pair.group(2), 16), Integer.parseInt(pair.group(3), 16)));
        }
        Matcher digits = EIGHT_DIGITS.matcher(trimmed);
        if (digits.matches()) {
            return OptionalInt.of(of(Integer.parseInt(digits.group(1), 16), Integer.parseInt(digits.group(2), 16)));
        }
        return OptionalInt.empty();
    }
}
