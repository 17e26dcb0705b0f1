package org.anonscript.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.script.Dialect;

/**
 * What the analyzer needs to know beyond the text.
 *
 * @param dialect            forces a dialect; empty means detect it from the version line (spec §1)
 * @param boundVariables     names the current run configuration supplies (CLI --var, editor settings)
 * @param strict             DE104 as an error instead of a warning
 * @param severityOverrides  per-code severities from the configuration file
 * @param includeEnabled     the host's include directive is enabled (DE008 off)
 */
public record AnalysisOptions(
        Optional<Dialect> dialect,
        Set<String> boundVariables,
        boolean strict,
        Map<DiagnosticCode, Severity> severityOverrides,
        boolean includeEnabled) {

    /** The names XNAT and its upload clients supply to every script (spec §10.2). */
    public static final Set<String> HOST_VARIABLES = Set.of("project", "subject", "session", "modalityLabel");

    public AnalysisOptions {
        boundVariables = Set.copyOf(boundVariables);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Optional.empty(), Set.of(), false, Map.of(), false);
    }

    public AnalysisOptions withDialect(Dialect forced) {
        return new AnalysisOptions(Optional.of(forced), boundVariables, strict, severityOverrides, includeEnabled);
    }

    public AnalysisOptions withBoundVariables(Set<String> names) {
        return new AnalysisOptions(dialect, names, strict, severityOverrides, includeEnabled);
    }
}
