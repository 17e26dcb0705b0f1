package org.anonscript.script;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keywords of each dialect and the names a variable cannot take, kept once for the analyzer (DE106),
 * completion and rename.
 */
public final class Keywords {

    /** Spec §2.4: the DE6 reserved words. */
    public static final List<String> DE6 = List.of("version", "echo", "describe", "hidden", "const", "immutable",
            "export", "removeAllPrivateTags", "if", "elseif", "else");

    /** Spec §13.1: DE4 has no version, lists, blocks or removeAllPrivateTags; {@code new} starts a generator. */
    public static final List<String> DE4 = List.of("echo", "describe", "hidden", "export", "new");

    private static final Set<String> DE6_RESERVED = reserved(DE6);
    private static final Set<String> DE4_RESERVED = reserved(DE4);

    private Keywords() {
    }

    public static List<String> of(Dialect dialect) {
        return dialect == Dialect.DE6 ? DE6 : DE4;
    }

    /** Whether {@code name} cannot name a variable: a keyword, or {@code x}/{@code X}, which lex as a tag wildcard. */
    public static boolean isReserved(String name, Dialect dialect) {
        return (dialect == Dialect.DE6 ? DE6_RESERVED : DE4_RESERVED).contains(name);
    }

    private static Set<String> reserved(List<String> keywords) {
        Set<String> all = new HashSet<>(keywords);
        all.add("x");
        all.add("X");
        return Set.copyOf(all);
    }
}
