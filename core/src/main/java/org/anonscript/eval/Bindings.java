package org.anonscript.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anonscript.script.Dialect;

/**
 * Values of external variables supplied by the host (spec §10.3): XNAT's {@code project},
 * {@code subject}, {@code session}, {@code modalityLabel} or any other name. They persist across the
 * files of a run, unlike script variables. DE4 compares names case-insensitively (spec §2.5).
 */
public record Bindings(Map<String, String> values) {

    public Bindings {
        values = Map.copyOf(values);
    }

    public static Bindings none() {
        return new Bindings(Map.of());
    }

    /** {@code of("project", "P1", "subject", "S1")}. */
    public static Bindings of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Bindings(map);
    }

    public Bindings with(String name, String value) {
        Map<String, String> map = new LinkedHashMap<>(values);
        map.put(name, value);
        return new Bindings(map);
    }

    /** The value bound to {@code name} as the dialect compares names. */
    public Optional<String> get(String name, Dialect dialect) {
        if (dialect == Dialect.DE6) {
            return Optional.ofNullable(values.get(name));
        }
        String key = name.toLowerCase(Locale.ROOT);
        return values.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key))
                .map(Map.Entry::getValue).findFirst();
    }
}
