package org.anonscript.script;

import java.util.Optional;

/**
 * How to parse a script.
 *
 * @param dialect         forces a dialect; empty means detect it from the version line (spec §1)
 * @param includeEnabled  the host's {@code include} directive is enabled: such lines are skipped instead of
 *                        being reported as DE008 (spec §6.13; anonscript never expands them)
 */
public record ParseOptions(Optional<Dialect> dialect, boolean includeEnabled) {

    public static ParseOptions defaults() {
        return new ParseOptions(Optional.empty(), false);
    }

    public ParseOptions withDialect(Dialect forced) {
        return new ParseOptions(Optional.of(forced), includeEnabled);
    }

    public ParseOptions withIncludeEnabled(boolean enabled) {
        return new ParseOptions(dialect, enabled);
    }
}
