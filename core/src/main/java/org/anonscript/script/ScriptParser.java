package org.anonscript.script;

/**
 * Entry point of the front end: text in, AST plus syntax diagnostics out. Never throws.
 * PLACEHOLDER signature fixed for parallel work; the parser branch replaces the body.
 */
public final class ScriptParser {

    private ScriptParser() {
    }

    /** Parses in the dialect chosen by the detector of spec §1. */
    public static ParseResult parse(String text) {
        throw new UnsupportedOperationException("parser not built yet");
    }

    /** Parses in the given dialect regardless of the version line (CLI {@code --dialect}, REPL {@code :dialect}). */
    public static ParseResult parse(String text, Dialect dialect) {
        throw new UnsupportedOperationException("parser not built yet");
    }
}
