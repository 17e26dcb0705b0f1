package org.anonscript.script;

import java.util.Locale;

/** A variable or function name as written. In DE4, variable names compare case-insensitively (spec §2.5). */
public record Identifier(String name, Range range) implements Node {

    /** The name variables are looked up by: as written in DE6, lower-cased in DE4 (spec §2.5). */
    public String key(Dialect dialect) {
        return dialect == Dialect.DE4 ? name.toLowerCase(Locale.ROOT) : name;
    }
}
