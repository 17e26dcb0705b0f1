package org.anonscript.script;

import java.util.Locale;
import java.util.Optional;

/**
 * One tag as written in a script: {@code (gggg,eeee)} or, for DE6 private tags,
 * {@code (gggg,{Creator}ee)}. The characters are kept as written (after upper-casing hex digits);
 * besides hex digits they may hold the digit wildcards {@code X} (any), {@code @} (even) and
 * {@code #} (odd) — spec §3.1.
 *
 * @param group    four characters
 * @param element  four characters, or two (the low byte) when {@code creator} is present
 * @param creator  the private creator name of the {@code {…}} form, if any
 */
public record TagPattern(String group, String element, Optional<String> creator, Range range) implements Node {

    public TagPattern {
        group = group.toUpperCase(Locale.ROOT);
        element = element.toUpperCase(Locale.ROOT);
    }

    /** Spec §3.1: the last character of the group decides; odd digit or {@code #} means private. */
    public boolean isPrivate() {
        char last = group.charAt(group.length() - 1);
        return last == '#' || (Character.digit(last, 16) >= 0 && (Character.digit(last, 16) & 1) == 1);
    }

    public boolean hasWildcards() {
        return hasWildcard(group) || hasWildcard(element);
    }

    /** The tag as one {@code int} when it is numeric (no wildcards, no creator). */
    public Optional<Integer> exactTag() {
        if (creator.isPresent() || hasWildcards() || group.length() != 4 || element.length() != 4) {
            return Optional.empty();
        }
        return Optional.of((Integer.parseInt(group, 16) << 16) | Integer.parseInt(element, 16));
    }

    /**
     * Whether a concrete tag matches this pattern's group and element digits. For the creator form only
     * the group and the low byte of the element are compared; resolving the creator needs the dataset.
     */
    public boolean matches(int tag) {
        String g = String.format("%04X", tag >>> 16);
        String e = String.format("%04X", tag & 0xFFFF);
        if (!digitsMatch(group, g)) {
            return false;
        }
        return creator.isPresent() ? digitsMatch(element, e.substring(2)) : digitsMatch(element, e);
    }

    /** The text as a user would write it, e.g. {@code (0010,0010)} or {@code (0019,{SIEMENS MR HEADER}XX)}. */
    public String text() {
        return "(" + group + "," + creator.map(c -> "{" + c + "}").orElse("") + element + ")";
    }

    private static boolean hasWildcard(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == 'X' || c == '@' || c == '#') {
                return true;
            }
        }
        return false;
    }

    private static boolean digitsMatch(String pattern, String hex) {
        if (pattern.length() != hex.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            int d = Character.digit(hex.charAt(i), 16);
            boolean ok = switch (p) {
                case 'X' -> true;
                case '@' -> (d & 1) == 0;
                case '#' -> (d & 1) == 1;
                default -> Character.digit(p, 16) == d;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
