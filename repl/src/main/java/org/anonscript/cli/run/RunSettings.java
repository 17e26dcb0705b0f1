package org.anonscript.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.config.ProjectConfig;
import org.anonscript.eval.builtins.LookupTable;
import org.anonscript.script.Dialect;

/**
 * What {@code anonscript run} runs with: the project's {@code .anonscript.json} with the command line's
 * options laid over it. Precedence, lowest first:
 * <ul>
 *   <li>bindings: the file's {@code bindings}, then {@code --vars FILE}, then each {@code --var} (name by name);</li>
 *   <li>existing sessions: {@code --existing-sessions FILE} replaces the file's {@code sessions};</li>
 *   <li>lookup tables: {@code --lookup FILE}s replace the file's {@code lookup} list (tables are read in order,
 *       a later line replacing an earlier one with the same table and key);</li>
 *   <li>dialect: {@code --dialect} over the file's {@code dialect} over each script's own version line;</li>
 *   <li>network: {@code --allow-network} / {@code --no-allow-network} over the file's {@code network}
 *       (off when neither says).</li>
 * </ul>
 *
 * @param config           the configuration file that applied, if any
 * @param bindings         external variables
 * @param existingSessions session labels for {@code makeSessionLabel}
 * @param lookupFiles      the lookup tables read, in order
 * @param lookupTable      their entries
 * @param dialect          a dialect forced on every script; empty to detect each one's
 * @param allowNetwork     whether {@code getURL} may use the network
 */
public record RunSettings(Optional<Path> config, Map<String, String> bindings, Set<String> existingSessions,
        List<Path> lookupFiles, LookupTable lookupTable, Optional<Dialect> dialect, boolean allowNetwork) {

    /** The command line's options; null (or empty) where an option was not given. */
    public record Options(Path variablesFile, Map<String, String> variables, Path existingSessionsFile,
            List<Path> lookupFiles, Dialect dialect, Boolean allowNetwork) {
    }

    public static RunSettings resolve(ProjectConfig config, Options cli) throws IOException {
        Map<String, String> bindings = new LinkedHashMap<>(config.bindings());
        if (cli.variablesFile() != null) {
            bindings.putAll(NameValueFiles.variables(cli.variablesFile()));
        }
        if (cli.variables() != null) {
            bindings.putAll(cli.variables());
        }
        Set<String> sessions = cli.existingSessionsFile() != null ? NameValueFiles.labels(cli.existingSessionsFile())
                : new LinkedHashSet<>(config.sessions());
        List<Path> lookups = cli.lookupFiles() != null && !cli.lookupFiles().isEmpty() ? List.copyOf(cli.lookupFiles())
                : config.lookups();
        StringBuilder tables = new StringBuilder();
        for (Path file : lookups) {
            tables.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
        LookupTable table = lookups.isEmpty() ? LookupTable.empty() : LookupTable.parse(tables.toString());
        Optional<Dialect> dialect = cli.dialect() != null ? Optional.of(cli.dialect()) : config.dialect();
        boolean network = cli.allowNetwork() != null ? cli.allowNetwork() : config.network();
        return new RunSettings(config.source(), Map.copyOf(bindings), Set.copyOf(sessions), lookups, table, dialect,
                network);
    }
}
