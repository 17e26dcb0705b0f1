package org.anonscript.script;

import java.util.ArrayList;
import java.util.List;

/**
 * What a string literal's text means in each dialect (spec §2.4, §13.1), and which of its backslash
 * sequences the dialect's lexer would reject.
 */
public final class StringLiterals {

    /** A backslash sequence the dialect rejects: {@code [start, end)} within the raw text. */
    public record BadEscape(int start, int end, String text) {
    }

    private StringLiterals() {
    }

    /** DE6: only {@code \\} is decoded; every other sequence stays as written (regexes rely on this). */
    public static String de6Value(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '\\' && k + 1 < raw.length() && raw.charAt(k + 1) == '\\') {
                b.append('\\');
                k++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** DE6 accepts {@code \} followed by one of {@code n r t b f ( ) \} or exactly three octal digits. */
    public static List<BadEscape> de6BadEscapes(String raw) {
        return badEscapes(raw, (s, k) -> "nrtbf()\\".indexOf(s.charAt(k + 1)) >= 0 ? 1
                : octal(s, k + 1) && octal(s, k + 2) && octal(s, k + 3) ? 3 : 0);
    }

    /**
     * DE4: Java-style escapes {@code \b \t \n \f \r \" \' \\} are decoded. {@code \}uXXXX and octal escapes
     * are accepted by the DE4 lexer but fail when evaluated, so they are kept as written.
     */
    public static String de4Value(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != '\\' || k + 1 >= raw.length()) {
                b.append(c);
                continue;
            }
            char next = raw.charAt(k + 1);
            String decoded = switch (next) {
                case 'b' -> "\b";
                case 't' -> "\t";
                case 'n' -> "\n";
                case 'f' -> "\f";
                case 'r' -> "\r";
                case '"' -> "\"";
                case '\'' -> "'";
                case '\\' -> "\\";
                default -> null;
            };
            if (decoded != null) {
                b.append(decoded);
                k++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** DE4 accepts Java escapes, {@code \}uXXXX and one to three octal digits. */
    public static List<BadEscape> de4BadEscapes(String raw) {
        return badEscapes(raw, (s, k) -> "btnfr\"'\\".indexOf(s.charAt(k + 1)) >= 0 || octal(s, k + 1) ? 1
                : s.charAt(k + 1) == 'u' && hex(s, k + 2) && hex(s, k + 3) && hex(s, k + 4) && hex(s, k + 5) ? 5 : 0);
    }

    /** How many characters after the backslash at {@code k} a dialect accepts as one escape; 0 rejects it. */
    @FunctionalInterface
    private interface EscapeRule {
        int accepted(String raw, int k);
    }

    /** Every backslash sequence {@code rule} rejects, and a lone backslash at the very end. */
    private static List<BadEscape> badEscapes(String raw, EscapeRule rule) {
        if (raw.indexOf('\\') < 0) {
            return List.of(); // the common case: nothing to check, nothing to allocate
        }
        List<BadEscape> bad = new ArrayList<>(0);
        for (int k = 0; k < raw.length(); k++) {
            if (raw.charAt(k) != '\\') {
                continue;
            }
            if (k + 1 >= raw.length()) {
                bad.add(new BadEscape(k, k + 1, "\\"));
                break;
            }
            int accepted = rule.accepted(raw, k);
            if (accepted > 0) {
                k += accepted;
            } else {
                bad.add(new BadEscape(k, k + 2, raw.substring(k, k + 2)));
                k++;
            }
        }
        return bad;
    }

    private static boolean octal(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7';
    }

    private static boolean hex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
