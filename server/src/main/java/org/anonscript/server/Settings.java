package org.anonscript.server;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.anonscript.config.ConfigException;
import org.anonscript.config.ConfigLoader;
import org.anonscript.config.ConfigOverride;
import org.anonscript.config.ProjectConfig;

/**
 * The configuration each document sees: the nearest {@code .anonscript.json} (re-read when it changes
 * on disk) overridden by the editor's settings ({@code initializationOptions},
 * {@code workspace/didChangeConfiguration}). Problems are reported once through {@code warn}.
 */
public final class Settings {

    private record Cached(FileTime modified, ProjectConfig config) {
    }

    private final Map<Path, Cached> files = new ConcurrentHashMap<>();
    private final Consumer<String> warn;
    private volatile ConfigOverride editor = ConfigOverride.none();

    public Settings(Consumer<String> warn) {
        this.warn = warn;
    }

    /** Editor settings in the file's shape, optionally wrapped as {@code {"anonscript": {...}}}. */
    public void setEditorSettings(Object settings) {
        JsonObject json = settings instanceof JsonObject o ? o : null;
        if (json != null && json.has("anonscript") && json.get("anonscript").isJsonObject()) {
            json = json.getAsJsonObject("anonscript");
        }
        if (json == null) {
            editor = ConfigOverride.none();
            return;
        }
        try {
            editor = ConfigLoader.parse(json, null, "editor settings");
        } catch (ConfigException | RuntimeException e) {
            warn.accept(e.getMessage());
        }
    }

    public ProjectConfig configFor(String uri) {
        ProjectConfig base = fileConfig(uri);
        return base.overriddenBy(editor);
    }

    private ProjectConfig fileConfig(String uri) {
        Optional<Path> script = path(uri);
        if (script.isEmpty()) {
            return ProjectConfig.defaults();
        }
        Optional<Path> file = ConfigLoader.find(script.get());
        if (file.isEmpty()) {
            return ProjectConfig.defaults();
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file.get());
            Cached cached = files.get(file.get());
            if (cached != null && cached.modified().equals(modified)) {
                return cached.config();
            }
            ProjectConfig config = ConfigLoader.read(file.get());
            files.put(file.get(), new Cached(modified, config));
            return config;
        } catch (ConfigException | java.io.IOException e) {
            warn.accept(e.getMessage());
            files.put(file.get(), new Cached(FileTime.fromMillis(0), ProjectConfig.defaults()));
            return ProjectConfig.defaults();
        }
    }

    /** The file a {@code file:} URI names. */
    public static Optional<Path> path(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) ? Optional.of(Path.of(u)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
