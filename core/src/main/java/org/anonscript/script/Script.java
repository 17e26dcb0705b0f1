package org.anonscript.script;

import java.util.List;
import java.util.Optional;

/**
 * A parsed script: the dialect it was parsed as, the version the detector found (spec §1), the
 * top-level statements in source order, and the comments (kept as trivia for formatting and
 * semantic tokens). Immutable.
 */
public record Script(
        Dialect dialect,
        Optional<String> detectedVersion,
        List<Statement> statements,
        List<Comment> comments,
        Range range) {

    public Script {
        statements = List.copyOf(statements);
        comments = List.copyOf(comments);
    }

    /** A {@code // …} comment; {@code text} excludes the slashes. */
    public record Comment(String text, Range range) {
    }
}
