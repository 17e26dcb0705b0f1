package org.anonscript.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.Severity;
import org.anonscript.cli.lint.ScriptReader;
import org.anonscript.cli.run.InputFiles;
import org.anonscript.cli.run.OutputFolders;
import org.anonscript.cli.run.ParallelFiles;
import org.anonscript.cli.run.RunSettings;
import org.anonscript.config.ConfigException;
import org.anonscript.config.ConfigLoader;
import org.anonscript.config.ProjectConfig;
import org.anonscript.diff.DiffRenderer;
import org.anonscript.diff.TagDiff;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomReader;
import org.anonscript.dicom.DicomWriter;
import org.anonscript.eval.Bindings;
import org.anonscript.eval.DeidentificationRecord;
import org.anonscript.eval.EvaluationSession;
import org.anonscript.eval.Evaluator;
import org.anonscript.eval.FileEvaluation;
import org.anonscript.eval.Outcome;
import org.anonscript.script.Dialect;
import org.anonscript.script.ParseOptions;
import org.anonscript.script.ParseResult;
import org.anonscript.script.Script;
import org.anonscript.script.ScriptParser;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code anonscript run}: applies DicomEdit scripts to DICOM files the way XNAT does (the site-wide script,
 * then the project's), in parallel across cores. Outputs go to a separate folder that mirrors the inputs,
 * or over the inputs only with {@code --in-place}, or nowhere with {@code --dry-run} (which prints each
 * file's tag diff). Writes are atomic; a file whose evaluation fails or is rejected is not written.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Applies DicomEdit scripts to DICOM files, in the given order, as XNAT would.",
            "INPUT may be files or folders (searched recursively; files that are not DICOM are skipped and counted)."},
        footerHeading = "%nConfiguration and precedence:%n",
        footer = {"  The nearest .anonscript.json in the first script's folder or above (or",
            "  --config FILE; --no-config for none) supplies \"bindings\", \"sessions\",",
            "  \"lookup\" (a file or a list, relative to the .json), \"dialect\", \"network\".",
            "  Options win: --var over --vars over the file's bindings, name by name;",
            "  --existing-sessions, --lookup, --dialect and --[no-]allow-network replace",
            "  the file's setting. Text output names the file used on its first line.",
            "", "De-identification record (--record-deidentification):",
            "  After each script, XNAT's item is appended to (0012,0064) De-identification",
            "  Method Code Sequence: Code Value = --script-id (default 1, 2, ...), Code",
            "  Meaning \"XNAT DicomEdit 6 Script\" (or \"... 4 Script\"), scheme XNAT 1.0.",
            "  It shows in the diff and JSON like any change; failed or rejected files",
            "  are not written, so get none."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was processed (modified, unchanged, rejected or skipped)",
            "1:at least one file failed (evaluation error, unreadable DICOM, write error)",
            "2:usage error, or a script, variable file, lookup table or configuration could not be read or has errors"})
public final class RunCommand implements java.util.concurrent.Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    enum Format { text, json }

    enum Color { auto, always, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--script", paramLabel = "SCRIPT", required = true,
            description = "a DicomEdit script (repeatable; applied in the given order: site-wide first, then project)")
    List<Path> scripts;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "binds an external variable (repeatable), e.g. project=P1")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--vars", paramLabel = "FILE", description = "a file of name=value lines (--var wins over it, it over the configuration)")
    Path variablesFile;

    @Option(names = "--existing-sessions", paramLabel = "FILE",
            description = "session labels that already exist, one per line, for makeSessionLabel (default: none)")
    Path existingSessionsFile;

    @Option(names = "--lookup", paramLabel = "FILE",
            description = "a lookup table for lookup[] (lines table/key = value; repeatable, read in order)")
    List<Path> lookupFiles = new ArrayList<>();

    @Option(names = "--allow-network", negatable = true,
            description = "lets getURL[] make HTTP requests (off unless this or the configuration's \"network\" says so)")
    Boolean allowNetwork;

    @Option(names = "--dialect", paramLabel = "4|6",
            description = "treat every script as DicomEdit 4 or 6 (default: the configuration's, else each script's version line)")
    String dialect;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the .anonscript.json to use (default: the nearest one in the first script's folder or above)")
    Path configFile;

    @Option(names = "--no-config", description = "read no .anonscript.json")
    boolean noConfig;

    @Option(names = "--record-deidentification",
            description = "add XNAT's record of each script to every file: an item of (0012,0064) (see below)")
    boolean recordDeidentification;

    @Option(names = "--script-id", paramLabel = "ID",
            description = "the Code Value recorded for each --script, in order (XNAT writes its script id; default: 1, 2, ...)")
    List<String> scriptIds = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the random source of newUID/mapUID (reproducible runs)")
    Long seed;

    @Option(names = "--format", defaultValue = "text", description = "text or json report (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--color", defaultValue = "auto", description = "auto (when the output is a terminal), always or never")
    Color color;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = "--output", paramLabel = "DIR", required = true,
                description = "write results under DIR, mirroring the input tree")
        Path output;

        @Option(names = "--in-place", required = true, description = "overwrite the input files (atomically)")
        boolean inPlace;

        @Option(names = "--dry-run", required = true, description = "write nothing; print each file's tag diff")
        boolean dryRun;
    }

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "DICOM files and folders")
    List<Path> inputs;

    /** The settings this run uses (configuration file and options), set by {@link #call()}. */
    RunSettings settings;

    /** One entry per script when {@code --record-deidentification} is on. */
    List<DeidentificationRecord.Script> records = List.of();

    /** What happened to one input. */
    record FileResult(InputFiles.Input input, String status, Optional<Outcome> outcome, String message) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Script> parsed = new ArrayList<>();
        Bindings bindings;
        EvaluationSession session;
        try {
            settings = RunSettings.resolve(configuration(), new RunSettings.Options(variablesFile, variables,
                    existingSessionsFile, lookupFiles, forcedDialect(), allowNetwork));
            for (Path script : scripts) {
                Optional<Script> s = parse(script, err);
                if (s.isEmpty()) {
                    return USAGE;
                }
                parsed.add(s.get());
            }
            records = deidentificationRecords(parsed);
            bindings = new Bindings(settings.bindings());
            session = new EvaluationSession(seed == null ? new Random() : new Random(seed), settings.lookupTable(),
                    settings.existingSessions(), settings.allowNetwork());
            InputFiles.check(inputs);
        } catch (IOException | ConfigException | IllegalArgumentException e) {
            err.println("anonscript run: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        if (format == Format.text) {
            settings.config().ifPresent(c -> out.println("configuration: " + c));
        }
        Evaluator evaluator = new Evaluator(session);
        List<FileResult> results;
        try {
            results = processAll(parsed, bindings, evaluator);
        } catch (IOException e) {
            err.println("anonscript run: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        // one write per buffer, not a flush per line (the command line's writers flush on every println)
        PrintWriter bufferedOut = new PrintWriter(new java.io.BufferedWriter(out, 1 << 16), false);
        PrintWriter bufferedErr = new PrintWriter(new java.io.BufferedWriter(err, 1 << 16), false);
        report(results, bufferedOut, bufferedErr);
        bufferedErr.flush();
        bufferedOut.flush();
        out.flush();
        err.flush();
        return results.stream().anyMatch(r -> r.status().equals("failed")) ? FAILED : OK;
    }

    /** The {@code .anonscript.json} that applies: {@code --config}, else the nearest to the first script. */
    private ProjectConfig configuration() throws ConfigException {
        if (noConfig) {
            return ProjectConfig.defaults();
        }
        if (configFile != null) {
            return ConfigLoader.read(configFile);
        }
        return ConfigLoader.forScript(scripts.get(0));
    }

    private Dialect forcedDialect() {
        if (dialect == null) {
            return null;
        }
        return switch (dialect) {
            case "4" -> Dialect.DE4;
            case "6" -> Dialect.DE6;
            default -> throw new IllegalArgumentException("--dialect takes 4 or 6, not " + dialect);
        };
    }

    /**
     * One record per script, in order: XNAT records each script it applies with the script's id (above 0)
     * as the Code Value; without {@code --script-id} the scripts are numbered 1, 2, ...
     */
    private List<DeidentificationRecord.Script> deidentificationRecords(List<Script> parsed) {
        if (!recordDeidentification) {
            if (!scriptIds.isEmpty()) {
                throw new IllegalArgumentException("--script-id is only used with --record-deidentification");
            }
            return List.of();
        }
        if (!scriptIds.isEmpty() && scriptIds.size() != parsed.size()) {
            throw new IllegalArgumentException("--script-id is given " + scriptIds.size() + " times for "
                    + parsed.size() + " scripts; give one per --script, in the same order");
        }
        List<DeidentificationRecord.Script> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            String id = scriptIds.isEmpty() ? Integer.toString(i + 1) : scriptIds.get(i).trim();
            if (!id.matches("[0-9]{1," + DeidentificationRecord.MAX_CODE_VALUE_LENGTH + "}") || id.matches("0+")) {
                throw new IllegalArgumentException("--script-id " + id + ": XNAT's script ids are whole numbers above 0"
                        + " (at most " + DeidentificationRecord.MAX_CODE_VALUE_LENGTH + " digits)");
            }
            out.add(new DeidentificationRecord.Script(id, parsed.get(i).dialect()));
        }
        return out;
    }

    private Optional<Script> parse(Path file, PrintWriter err) throws IOException {
        String text = ScriptReader.read(file).text();
        ParseResult result = settings.dialect().isPresent()
                ? ScriptParser.parse(text, ParseOptions.defaults().withDialect(settings.dialect().get()))
                : ScriptParser.parse(text);
        List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        for (Diagnostic d : errors) {
            err.println(file + ":" + d.range().start() + ": error " + d.code() + " " + d.message());
        }
        if (!errors.isEmpty()) {
            err.println("anonscript run: " + file + " has syntax errors; nothing was run (see anonscript lint)");
            return Optional.empty();
        }
        return Optional.of(result.script());
    }

    /** Every input, on {@code --threads} workers fed while the folders are walked; results in input order. */
    private List<FileResult> processAll(List<Script> parsed, Bindings bindings, Evaluator evaluator) throws IOException {
        int n = threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        OutputFolders folders = new OutputFolders();
        // the output folder exists before the walk starts, so that the walk can leave it out when it lies
        // inside an input folder: the files written there during the run are not inputs
        Path skipped = null;
        if (destination.output != null) {
            Files.createDirectories(destination.output);
            skipped = destination.output;
        }
        return ParallelFiles.process(inputs, skipped, n, input -> process(input, parsed, bindings, evaluator, folders),
                (input, message) -> new FileResult(input, "failed", Optional.empty(), message));
    }

    private FileResult process(InputFiles.Input input, List<Script> parsed, Bindings bindings, Evaluator evaluator,
            OutputFolders folders) {
        DicomFile file;
        try {
            file = new DicomReader().read(input.file());
        } catch (IOException | RuntimeException e) {
            if (InputFiles.looksLikePart10(input.file())) {
                return new FileResult(input, "failed", Optional.empty(), "cannot read: " + e.getMessage());
            }
            return new FileResult(input, "skipped", Optional.empty(), "not a DICOM file");
        }
        Outcome outcome = DeidentificationRecord.appendTo(
                evaluator.applyAll(parsed, FileEvaluation.combined(file), bindings), records);
        // the report needs the change log, not the dataset (which may hold the whole file's bytes)
        Optional<Outcome> reported = Optional.of(outcome.withoutDataset());
        switch (outcome.status()) {
            case ERROR:
                return new FileResult(input, "failed", reported, outcome.failure().map(Object::toString).orElse(""));
            case REJECTED:
                return new FileResult(input, "rejected", reported, outcome.failure().map(Object::toString).orElse(""));
            default:
                break;
        }
        String status = outcome.status() == Outcome.Status.MODIFIED ? "modified" : "unchanged";
        if (destination.dryRun) {
            return new FileResult(input, status, reported, "");
        }
        Path target = destination.inPlace ? input.file() : destination.output.resolve(input.relative());
        try {
            if (destination.inPlace && outcome.status() == Outcome.Status.UNCHANGED) {
                return new FileResult(input, status, reported, "");
            }
            if (!destination.inPlace && folders.prepare(target, input.file())) {
                return new FileResult(input, "failed", reported,
                        "the output " + target + " is the input file; use --in-place to overwrite inputs");
            }
            // atomic: written next to the target under a name no other writer uses, then renamed over it
            new DicomWriter().write(FileEvaluation.withResult(file, outcome.dataset()), target);
        } catch (IOException | RuntimeException e) {
            return new FileResult(input, "failed", reported, "cannot write " + target + ": " + e.getMessage());
        }
        return new FileResult(input, status, reported, "");
    }

    private void report(List<FileResult> results, PrintWriter out, PrintWriter err) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of("modified", "unchanged", "rejected", "failed", "skipped")) {
            counts.put(s, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        if (format == Format.json) {
            JsonObject root = new JsonObject();
            JsonArray array = new JsonArray();
            for (FileResult r : results) {
                array.add(json(r));
            }
            settings.config().ifPresent(c -> root.addProperty("configuration", c.toString()));
            root.add("files", array);
            JsonObject summary = new JsonObject();
            counts.forEach(summary::addProperty);
            root.add("summary", summary);
            out.println(DiffRenderer.pretty(root));
            return;
        }
        boolean colored = color == Color.always || (color == Color.auto && System.console() != null
                && !"dumb".equals(System.getenv("TERM")));
        for (FileResult r : results) {
            String name = r.input().file().toString();
            switch (r.status()) {
                case "failed" -> err.println(name + ": failed: " + r.message());
                case "rejected" -> out.println(name + ": rejected: " + r.message());
                case "skipped" -> { }
                default -> {
                    if (destination.dryRun) {
                        TagDiff diff = TagDiff.net(r.outcome().orElseThrow().changes());
                        int n = diff.changes().size();
                        out.println("== " + name + ": " + r.status() + (n == 0 ? "" : " (" + n + (n == 1 ? " change)" : " changes)")));
                        DiffRenderer.lines(diff, colored).forEach(out::println);
                    }
                }
            }
            r.outcome().ifPresent(o -> {
                o.echoes().forEach(e -> out.println(name + ": echo: " + e));
                o.warnings().forEach(w -> out.println(name + ": warning: " + w));
            });
        }
        StringBuilder sb = new StringBuilder();
        sb.append(results.size()).append(results.size() == 1 ? " file: " : " files: ");
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(v + " " + k));
        sb.append(String.join(", ", parts));
        if (destination.dryRun) {
            sb.append(" (dry run: nothing written)");
        }
        out.println(sb);
    }

    private static JsonObject json(FileResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("file", r.input().file().toString());
        o.addProperty("status", r.status());
        if (!r.message().isEmpty()) {
            o.addProperty("message", r.message());
        }
        r.outcome().ifPresent(outcome -> {
            o.add("changes", DiffRenderer.json(TagDiff.net(outcome.changes())));
            JsonArray echoes = new JsonArray();
            outcome.echoes().forEach(echoes::add);
            o.add("echoes", echoes);
            JsonArray warnings = new JsonArray();
            outcome.warnings().forEach(w -> warnings.add(w.toString()));
            o.add("warnings", warnings);
        });
        return o;
    }
}
