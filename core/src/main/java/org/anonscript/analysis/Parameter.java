package org.anonscript.analysis;

/**
 * One formal parameter of a built-in.
 *
 * @param optional  may be left out (only trailing parameters are optional)
 * @param variadic  repeats: the last parameter only; at least one occurrence unless also optional
 */
public record Parameter(String name, ParameterKind kind, boolean optional, boolean variadic) {

    public static Parameter required(String name, ParameterKind kind) {
        return new Parameter(name, kind, false, false);
    }

    public static Parameter optional(String name, ParameterKind kind) {
        return new Parameter(name, kind, true, false);
    }

    /** One or more. */
    public static Parameter repeated(String name, ParameterKind kind) {
        return new Parameter(name, kind, false, true);
    }

    /** Zero or more. */
    public static Parameter anyNumber(String name, ParameterKind kind) {
        return new Parameter(name, kind, true, true);
    }

    /** As shown in signatures: {@code name}, {@code name?}, {@code name...}. */
    public String label() {
        return name + (variadic ? "..." : optional ? "?" : "");
    }
}
