package org.anonscript.script;

/** A variable or function name as written. In DE4, variable names compare case-insensitively (spec §2.5). */
public record Identifier(String name, Range range) implements Node {
}
