package org.anonscript.script;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One tag as written in a script: {@code (gggg,eeee)} or, for DE6 private tags,
 * {@code (gggg,{Creator}ee)}. The characters are kept as written (after upper-casing hex digits);
 * besides hex digits they may hold the digit wildcards {@code X} (any), {@code @} (even) and
 * {@code #} (odd) — spec §3.1.
 *
 * <p>An immutable value with record semantics (accessors, equality over all four parts). It is a class
 * rather than a record so that what every check and every evaluated element asks — the numeric tag,
 * wildcards, privacy — is worked out once here instead of on each question.
 */
public final class TagPattern implements Node {

    private static final int NOT_EXACT = -1;

    private final String group;
    private final String element;
    private final Optional<String> creator;
    private final Range range;
    private final boolean wildcards;
    private final boolean privateGroup;
    /** The tag's 32 bits, or {@link #NOT_EXACT}, which no 32-bit tag equals (hence a long). */
    private final long exact;

    /**
     * @param group    four characters
     * @param element  four characters, or two (the low byte) when {@code creator} is present
     * @param creator  the private creator name of the {@code {…}} form, if any
     */
    public TagPattern(String group, String element, Optional<String> creator, Range range) {
        this.group = upper(group);
        this.element = upper(element);
        this.creator = Objects.requireNonNull(creator, "creator");
        this.range = range;
        this.wildcards = hasWildcard(this.group) || hasWildcard(this.element);
        char last = this.group.isEmpty() ? '0' : this.group.charAt(this.group.length() - 1);
        this.privateGroup = last == '#' || (Character.digit(last, 16) >= 0 && (Character.digit(last, 16) & 1) == 1);
        this.exact = creator.isEmpty() && !wildcards && this.group.length() == 4 && this.element.length() == 4
                ? hex(this.group, this.element) : NOT_EXACT;
    }

    public String group() {
        return group;
    }

    public String element() {
        return element;
    }

    public Optional<String> creator() {
        return creator;
    }

    @Override
    public Range range() {
        return range;
    }

    /** Spec §3.1: the last character of the group decides; odd digit or {@code #} means private. */
    public boolean isPrivate() {
        return privateGroup;
    }

    public boolean hasWildcards() {
        return wildcards;
    }

    /** The tag as one {@code int} when it is numeric (no wildcards, no creator). */
    public Optional<Integer> exactTag() {
        return exact == NOT_EXACT ? Optional.empty() : Optional.of((int) exact);
    }

    /** Like {@link #exactTag()} without boxing: whether the pattern is one numeric tag. */
    public boolean isExact() {
        return exact != NOT_EXACT;
    }

    /** The numeric tag; only meaningful when {@link #isExact()}. */
    public int exactTagValue() {
        return (int) exact;
    }

    /**
     * Whether a concrete tag matches this pattern's group and element digits. For the creator form only
     * the group and the low byte of the element are compared; resolving the creator needs the dataset.
     */
    public boolean matches(int tag) {
        if (exact != NOT_EXACT) {
            return (int) exact == tag;
        }
        if (!digitsMatch(group, tag >>> 16, 4)) {
            return false;
        }
        return creator.isPresent() ? digitsMatch(element, tag & 0xFF, 2) : digitsMatch(element, tag & 0xFFFF, 4);
    }

    /** The text as a user would write it, e.g. {@code (0010,0010)} or {@code (0019,{SIEMENS MR HEADER}XX)}. */
    public String text() {
        return "(" + group + "," + creator.map(c -> "{" + c + "}").orElse("") + element + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagPattern t && group.equals(t.group) && element.equals(t.element)
                && creator.equals(t.creator) && Objects.equals(range, t.range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, element, creator, range);
    }

    @Override
    public String toString() {
        return "TagPattern[group=" + group + ", element=" + element + ", creator=" + creator + ", range=" + range + "]";
    }

    /** Upper-case hex digits; most tags are written that way already, so look before copying. */
    private static String upper(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= 'a' && c <= 'z' || c > 0x7F) {
                return digits.toUpperCase(Locale.ROOT);
            }
        }
        return digits;
    }

    private static long hex(String group, String element) {
        long value = 0;
        for (String digits : new String[] {group, element}) {
            for (int i = 0; i < digits.length(); i++) {
                int d = Character.digit(digits.charAt(i), 16);
                if (d < 0) {
                    return NOT_EXACT;
                }
                value = (value << 4) | d;
            }
        }
        return value;
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

    /** Compares the pattern's characters with the {@code count} low hex digits of {@code value}. */
    private static boolean digitsMatch(String pattern, int value, int count) {
        if (pattern.length() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            int d = (value >>> (4 * (count - 1 - i))) & 0xF;
            boolean ok = switch (pattern.charAt(i)) {
                case 'X' -> true;
                case '@' -> (d & 1) == 0;
                case '#' -> (d & 1) == 1;
                default -> Character.digit(pattern.charAt(i), 16) == d;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
