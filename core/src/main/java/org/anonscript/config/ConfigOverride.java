package org.anonscript.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Dialect;

/** Settings of the same shape as {@link ProjectConfig} where each one may be absent (not stated). */
public record ConfigOverride(
        Optional<List<Path>> samples,
        Optional<Map<String, String>> bindings,
        Optional<List<String>> sessions,
        Optional<Dialect> dialect,
        Map<DiagnosticCode, Severity> severities,
        Set<DiagnosticCode> disabled,
        Optional<Boolean> network,
        Optional<List<Path>> lookups) {

    public ConfigOverride {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
    }

    /** Settings that state no lookup tables. */
    public ConfigOverride(Optional<List<Path>> samples, Optional<Map<String, String>> bindings,
            Optional<List<String>> sessions, Optional<Dialect> dialect, Map<DiagnosticCode, Severity> severities,
            Set<DiagnosticCode> disabled, Optional<Boolean> network) {
        this(samples, bindings, sessions, dialect, severities, disabled, network, Optional.empty());
    }

    public static ConfigOverride none() {
        return new ConfigOverride(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                Set.of(), Optional.empty(), Optional.empty());
    }
}
