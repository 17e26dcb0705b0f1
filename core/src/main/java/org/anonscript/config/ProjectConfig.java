package org.anonscript.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Dialect;

/**
 * The project configuration of {@code .anonscript.json} (design: one configuration file), shared by
 * {@code lint}, {@code run}, the REPL and the language server; editor settings override it.
 *
 * @param source      the file it was read from; empty for defaults or editor-only settings
 * @param samples     sample DICOM files or folders, absolute (relative entries are resolved against the file's folder)
 * @param bindings    values of external variables (spec §10.3)
 * @param sessions    existing session labels, for the session-label functions
 * @param dialect     forces a dialect instead of detecting it
 * @param severities  per-code severity overrides
 * @param disabled    codes switched off ({@code "off"} in the file)
 * @param network     whether test-runs may perform network look-ups ({@code getURL})
 * @param lookups     lookup table files for {@code lookup[table, key]}, absolute (relative entries are resolved
 *                    against the file's folder); read in order, a later line replacing an earlier one
 */
public record ProjectConfig(
        Optional<Path> source,
        List<Path> samples,
        Map<String, String> bindings,
        List<String> sessions,
        Optional<Dialect> dialect,
        Map<DiagnosticCode, Severity> severities,
        Set<DiagnosticCode> disabled,
        boolean network,
        List<Path> lookups) {

    public ProjectConfig {
        lookups = List.copyOf(lookups);
        samples = List.copyOf(samples);
        bindings = Map.copyOf(bindings);
        sessions = List.copyOf(sessions);
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
    }

    /** A configuration without lookup tables. */
    public ProjectConfig(Optional<Path> source, List<Path> samples, Map<String, String> bindings, List<String> sessions,
            Optional<Dialect> dialect, Map<DiagnosticCode, Severity> severities, Set<DiagnosticCode> disabled,
            boolean network) {
        this(source, samples, bindings, sessions, dialect, severities, disabled, network, List.of());
    }

    public static ProjectConfig defaults() {
        return new ProjectConfig(Optional.empty(), List.of(), Map.of(), List.of(), Optional.empty(), Map.of(), Set.of(),
                false, List.of());
    }

    /** Analyzer options: forced dialect, bound names and severity overrides. */
    public AnalysisOptions analysisOptions() {
        return new AnalysisOptions(dialect, bindings.keySet(), false, severities, false);
    }

    /** The diagnostics without the codes the configuration switches off. */
    public List<Diagnostic> filter(List<Diagnostic> diagnostics) {
        if (disabled.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> kept = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            if (!disabled.contains(d.code())) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * This configuration with every setting {@code override} states replacing ours: the editor's settings
     * win over the file's. Lists and maps given in the override replace ours whole; severities merge.
     */
    public ProjectConfig overriddenBy(ConfigOverride override) {
        Map<DiagnosticCode, Severity> mergedSeverities = new java.util.HashMap<>(severities);
        Set<DiagnosticCode> mergedDisabled = new java.util.HashSet<>(disabled);
        override.severities().forEach((code, severity) -> {
            mergedDisabled.remove(code);
            mergedSeverities.put(code, severity);
        });
        override.disabled().forEach(code -> {
            mergedSeverities.remove(code);
            mergedDisabled.add(code);
        });
        return new ProjectConfig(source,
                override.samples().orElse(samples),
                override.bindings().orElse(bindings),
                override.sessions().orElse(sessions),
                override.dialect().or(() -> dialect),
                mergedSeverities, mergedDisabled,
                override.network().orElse(network),
                override.lookups().orElse(lookups));
    }
}
