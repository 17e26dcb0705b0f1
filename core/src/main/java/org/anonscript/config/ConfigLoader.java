package org.anonscript.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Dialect;

/**
 * Finds and reads {@code .anonscript.json}. The file looks like
 * <pre>
 * { "samples": ["samples/", "ct.dcm"], "bindings": {"project": "P1"}, "sessions": ["S1_MR1"],
 *   "dialect": "6", "severities": {"DE403": "off", "DE104": "error"}, "network": false,
 *   "lookup": ["tables/ids.properties"] }
 * </pre>
 * Every key is optional; relative sample and lookup paths are resolved against the file's folder.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = ".anonscript.json";

    private ConfigLoader() {
    }

    /** The nearest {@code .anonscript.json} in the script's folder or any folder above it. */
    public static Optional<Path> find(Path script) {
        Path dir = script.toAbsolutePath().normalize();
        dir = Files.isDirectory(dir) ? dir : dir.getParent();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The configuration that applies to a script: the nearest file's, else the defaults. */
    public static ProjectConfig forScript(Path script) throws ConfigException {
        Optional<Path> file = find(script);
        return file.isPresent() ? read(file.get()) : ProjectConfig.defaults();
    }

    public static ProjectConfig read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        JsonElement json;
        try {
            json = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new ConfigException(file + ": not valid JSON: " + e.getMessage());
        }
        if (!json.isJsonObject()) {
            throw new ConfigException(file + ": expected a JSON object");
        }
        ConfigOverride settings = parse(json.getAsJsonObject(), file.toAbsolutePath().getParent(), file.toString());
        return new ProjectConfig(Optional.of(file), List.of(), Map.of(), List.of(), Optional.empty(), Map.of(),
                Set.of(), false).overriddenBy(settings);
    }

    /**
     * Settings in the file's shape (also what editors send as initialization options or configuration),
     * relative sample paths resolved against {@code baseDir}. {@code where} names the source in messages.
     */
    public static ConfigOverride parse(JsonObject json, Path baseDir, String where) throws ConfigException {
        Optional<List<Path>> samples = paths(json, "samples", baseDir, where);
        Optional<List<Path>> lookups = paths(json, "lookup", baseDir, where);
        Optional<Map<String, String>> bindings = Optional.empty();
        if (json.has("bindings")) {
            JsonObject o = object(json.get("bindings"), where, "bindings");
            Map<String, String> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                if (!e.getValue().isJsonPrimitive()) {
                    throw new ConfigException(where + ": bindings." + e.getKey() + " must be a string");
                }
                map.put(e.getKey(), e.getValue().getAsString());
            }
            bindings = Optional.of(map);
        }
        Optional<List<String>> sessions = json.has("sessions")
                ? Optional.of(strings(json.get("sessions"), where, "sessions")) : Optional.empty();
        Optional<Dialect> dialect = Optional.empty();
        if (json.has("dialect") && !json.get("dialect").isJsonNull()) {
            dialect = Optional.of(dialect(json.get("dialect").getAsString(), where));
        }
        Map<DiagnosticCode, Severity> severities = new HashMap<>();
        Set<DiagnosticCode> disabled = new HashSet<>();
        if (json.has("severities")) {
            for (Map.Entry<String, JsonElement> e : object(json.get("severities"), where, "severities").entrySet()) {
                DiagnosticCode code;
                try {
                    code = DiagnosticCode.valueOf(e.getKey().trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(where + ": severities: unknown diagnostic code " + e.getKey());
                }
                String level = e.getValue().getAsString().trim().toLowerCase(Locale.ROOT);
                switch (level) {
                    case "off", "none" -> disabled.add(code);
                    case "error", "warning", "info", "hint" -> severities.put(code, Severity.fromLabel(level));
                    case "information" -> severities.put(code, Severity.INFO);
                    default -> throw new ConfigException(where + ": severities." + e.getKey() + ": \"" + level
                            + "\" is not one of error, warning, info, hint, off");
                }
            }
        }
        Optional<Boolean> network = Optional.empty();
        if (json.has("network")) {
            JsonElement n = json.get("network");
            if (!n.isJsonPrimitive() || !n.getAsJsonPrimitive().isBoolean()) {
                throw new ConfigException(where + ": network must be true or false");
            }
            network = Optional.of(n.getAsBoolean());
        }
        return new ConfigOverride(samples, bindings, sessions, dialect, severities, disabled, network, lookups);
    }

    /** A string or list of strings naming files, resolved against {@code baseDir}; empty when the key is absent. */
    private static Optional<List<Path>> paths(JsonObject json, String key, Path baseDir, String where)
            throws ConfigException {
        if (!json.has(key)) {
            return Optional.empty();
        }
        List<Path> paths = new ArrayList<>();
        for (String s : strings(json.get(key), where, key)) {
            Path p = Path.of(s);
            paths.add(p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize());
        }
        return Optional.of(paths);
    }

    private static Dialect dialect(String text, String where) throws ConfigException {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "4", "DE4" -> Dialect.DE4;
            case "6", "DE6" -> Dialect.DE6;
            default -> throw new ConfigException(where + ": dialect \"" + text + "\" is not 4 or 6");
        };
    }

    private static JsonObject object(JsonElement e, String where, String key) throws ConfigException {
        if (!e.isJsonObject()) {
            throw new ConfigException(where + ": " + key + " must be an object");
        }
        return e.getAsJsonObject();
    }

    private static List<String> strings(JsonElement e, String where, String key) throws ConfigException {
        List<String> out = new ArrayList<>();
        if (e.isJsonPrimitive()) {
            out.add(e.getAsString());
            return out;
        }
        if (!e.isJsonArray()) {
            throw new ConfigException(where + ": " + key + " must be a list of strings");
        }
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonPrimitive()) {
                throw new ConfigException(where + ": " + key + " must be a list of strings");
            }
            out.add(item.getAsString());
        }
        return out;
    }
}
