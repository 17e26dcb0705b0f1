package org.anonscript.analysis;

/**
 * What a built-in function expects in one argument position (spec §8.1–§8.3). The analyzer checks the
 * statically decidable ones (DE103); completion and signature help show them.
 */
public enum ParameterKind {
    /** Any string-like value: string, number, variable, call result, or a tag path whose value is read. */
    STRING,
    /** Integer text, e.g. a substring index or a shift amount. */
    INTEGER,
    /** A boolean (a condition-valued call or the text {@code true}/{@code false}). */
    BOOLEAN,
    /** A Java regular expression. */
    REGEX,
    /** A Java {@code MessageFormat} pattern. */
    FORMAT_PATTERN,
    /** A shift unit: {@code years days hours minutes seconds}, case-insensitive. */
    TIME_UNIT,
    /** A tag path used as a pattern: a path literal or a string holding DE6 path syntax. */
    PATH,
    /** A path, a string holding a path, or a (nested) list of them. */
    PATH_OR_LIST,
    /** Like {@link #PATH_OR_LIST}, but every path must address private elements. */
    PRIVATE_PATH_OR_LIST,
    /** Paths, strings or lists: values are collected from paths, strings are taken as they are. */
    VALUES,
    /** A path string in direct notation (spec §3.4): hex digits only, no wildcards, no creator. */
    DIRECT_PATH,
    /** An {@code alterPixels} shape name. */
    SHAPE,
    /** {@code alterPixels} shape parameters, e.g. {@code "l=0, t=0, r=639, b=60"}. */
    SHAPE_PARAMS,
    /** An {@code alterPixels} fill name. */
    FILL,
    /** {@code alterPixels} fill parameters, e.g. {@code "v=0"}. */
    FILL_PARAMS;

    /** Whether a tag path passed here is used as a pattern rather than read for its value (spec §7.2). */
    public boolean takesPathAsPattern() {
        return this == PATH || this == PATH_OR_LIST || this == PRIVATE_PATH_OR_LIST || this == VALUES;
    }

    /** Whether a list is acceptable here. */
    public boolean acceptsList() {
        return this == PATH_OR_LIST || this == PRIVATE_PATH_OR_LIST || this == VALUES;
    }
}
