package org.anonscript.cli.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.ReturnKind;
import org.anonscript.cli.lint.ScriptReader;
import org.anonscript.cli.run.InputFiles;
import org.anonscript.diff.DiffRenderer;
import org.anonscript.diff.TagDiff;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DatasetText;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomReader;
import org.anonscript.dicom.DicomWriter;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.eval.Bindings;
import org.anonscript.eval.EvaluationSession;
import org.anonscript.eval.Evaluator;
import org.anonscript.eval.FileEvaluation;
import org.anonscript.eval.Outcome;
import org.anonscript.eval.VariableText;
import org.anonscript.script.Dialect;
import org.anonscript.script.Script;
import org.anonscript.script.Statement;

/**
 * The REPL without a terminal: it takes one entry (a statement, several pasted statements, an expression
 * or a {@code :command}) and returns the text to print. All language work is the core's: the linter
 * checks each entry, the evaluator applies it to every loaded file, the diff renderer shows what changed.
 * The session keeps the loaded files, their current state, an undo stack and the accepted statements
 * (the script {@code :save} writes).
 */
public final class ReplSession {

    /** The DE6 version the saved script declares unless the user types another {@code version} line. */
    static final String DEFAULT_VERSION = "6.7";

    /** Loading more files than this prints progress. */
    static final int PROGRESS_THRESHOLD = 50;

    /**
     * One applied entry: its statements' text (empty for entries not kept in the script), what it does to a
     * file (kept so that files loaded later can be brought up to date) and the states before it, for undo.
     */
    private record Step(List<String> sources, Entry entry, Map<LoadedFile, LoadedFile.State> before) {
    }

    /** What an entry does to one file's state: the evaluator's outcome and the state after it (null if it failed). */
    private record Effect(Outcome outcome, LoadedFile.State next) {
        boolean succeeded() {
            return next != null;
        }
    }

    /** An entry as a function of a file's state. */
    private interface Entry {
        Effect on(LoadedFile.State state);
    }

    private final List<LoadedFile> files = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, String> bindings = new LinkedHashMap<>();
    private final Evaluator evaluator = new Evaluator(EvaluationSession.defaults());
    private final boolean color;
    private final Consumer<String> progress;
    private Dialect dialect;
    private String version = DEFAULT_VERSION;
    private boolean finished;
    private boolean timing;

    /**
     * @param progress receives progress lines of long commands (loading many files) while they run
     */
    public ReplSession(Dialect dialect, Map<String, String> variables, boolean color, Consumer<String> progress) {
        this.dialect = dialect;
        this.bindings.putAll(variables);
        this.color = color;
        this.progress = progress;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether {@code :quit} was entered. */
    public boolean finished() {
        return finished;
    }

    /** Names of bound and script variables, for completion. */
    public Set<String> variableNames() {
        Set<String> names = new TreeSet<>(bindings.keySet());
        for (LoadedFile f : files) {
            names.addAll(f.state.variables().keySet());
        }
        return names;
    }

    /** The accepted statements as a script (with a {@code version} line for DE6). */
    public String script() {
        StringBuilder sb = new StringBuilder();
        if (dialect == Dialect.DE6) {
            sb.append(versionLine()).append('\n');
        }
        for (Step s : steps) {
            for (String source : s.sources()) {
                sb.append(source).append('\n');
            }
        }
        return sb.toString();
    }

    /** Handles one entry and returns what to print (each line ends with a newline; may be empty). */
    public String handle(String input) {
        String text = input.replace("\r\n", "\n").replace("\\\n", " ");
        if (text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String trimmed = text.strip();
        if (trimmed.startsWith(":")) {
            command(trimmed, out);
        } else {
            long start = System.nanoTime();
            code(trimmed, out);
            if (timing) {
                out.append("(").append((System.nanoTime() - start) / 1_000_000).append(" ms)\n");
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- statements and expressions

    private void code(String text, StringBuilder out) {
        EntryText entry = lint(text, "");
        List<Statement> statements = entry.statements();
        if (statements.size() > 1) {
            // A pasted script: statement by statement, each with its own diff and undo step.
            for (Statement s : statements) {
                String source = entry.sourceOf(s.range()).strip();
                if (!source.isEmpty()) {
                    out.append("> ").append(source.replace("\n", "\n  ")).append('\n');
                    single(source, out);
                }
            }
            return;
        }
        single(text, out);
    }

    private void single(String text, StringBuilder out) {
        EntryText entry = lint(text, "");
        if (entry.hasSyntaxErrors()) {
            EntryText wrapped = lint(text, "echo ");
            if (!wrapped.hasSyntaxErrors() && wrapped.statements().size() == 1
                    && wrapped.statements().get(0) instanceof Statement.Echo) {
                expression(wrapped, out);
                return;
            }
            DiagnosticPrinter.print(entry, entry.diagnostics(), out);
            return;
        }
        if (entry.statements().isEmpty()) {
            return;
        }
        Statement statement = entry.statements().get(0);
        if (statement instanceof Statement.CallStatement c && returnsValue(c)) {
            expression(lint(text, "echo "), out);
            return;
        }
        if (statement instanceof Statement.Version v) {
            version = v.version().value();
            out.append("scripts saved from here declare version \"").append(version).append("\"\n");
            return;
        }
        DiagnosticPrinter.print(entry, entry.diagnostics(), out);
        if (entry.hasErrors()) {
            out.append("not applied (errors above)\n");
            return;
        }
        if (statement instanceof Statement.VariableAssignment a) {
            assignVariable(a, entry, text, out);
            return;
        }
        apply(new Script(dialect, entry.lint().parse().script().detectedVersion(), List.of(statement),
                List.of(), statement.range()), entry, List.of(text), out);
    }

    /** Function names are case-sensitive (spec §2.5): ask the catalogue for this dialect's function. */
    private boolean returnsValue(Statement.CallStatement c) {
        return Functions.lookup(c.call().name().name(), dialect)
                .map(FunctionSpec::returns).filter(r -> r != ReturnKind.VOID).isPresent();
    }

    private EntryText lint(String text, String lead) {
        String preamble = (dialect == Dialect.DE6 ? versionLine() + "\n" : "") + lead;
        Set<String> bound = new LinkedHashSet<>(variableNames());
        return EntryText.lint(text, preamble, dialect, AnalysisOptions.defaults().withBoundVariables(bound));
    }

    private String versionLine() {
        return "version \"" + version + "\"";
    }

    /** An expression typed alone: its value per file, nothing changed. */
    private void expression(EntryText wrapped, StringBuilder out) {
        DiagnosticPrinter.print(wrapped, wrapped.diagnostics(), out);
        if (wrapped.hasErrors()) {
            return;
        }
        Script script = wrapped.lint().parse().script();
        if (files.isEmpty()) {
            Outcome o = evaluator.apply(script, Dataset.empty(), bindings());
            out.append(o.succeeded() && !o.echoes().isEmpty() ? quote(o.echoes().get(0)) : failure(o, wrapped))
                    .append("   (no files loaded)\n");
            return;
        }
        List<Effect> effects = applyToAll(running(script), files);
        for (int i = 0; i < files.size(); i++) {
            Outcome o = effects.get(i).outcome();
            out.append(files.get(i).name).append(": ")
                    .append(o.succeeded() && !o.echoes().isEmpty() ? quote(o.echoes().get(0)) : failure(o, wrapped))
                    .append('\n');
        }
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

    private String failure(Outcome o, EntryText entry) {
        String where = o.failure().flatMap(Outcome.Problem::range).map(r -> " at " + entry.where(r.start())).orElse("");
        String message = o.failure().map(Outcome.Problem::message).orElse("no value");
        return (o.status() == Outcome.Status.REJECTED ? "rejected" : "error") + where + ": " + message;
    }

    /**
     * {@code name := value}: evaluated per file and kept as that file's script variable. DE6 runs the
     * assignment itself, so the variable keeps the evaluator's value (a list stays a list); DE4 defines
     * variables lazily (spec §13.2), so there the value is read by echoing it.
     */
    private void assignVariable(Statement.VariableAssignment a, EntryText entry, String text, StringBuilder out) {
        String name = a.name().name();
        String key = a.name().key(dialect);
        Entry assignment;
        EntryText shown;
        if (dialect == Dialect.DE6) {
            assignment = running(new Script(dialect, entry.lint().parse().script().detectedVersion(), List.of(a),
                    List.of(), a.range()));
            shown = entry;
        } else {
            shown = lint(entry.sourceOf(a.value().range()), "echo ");
            Entry echo = running(shown.lint().parse().script());
            assignment = state -> {
                Effect e = echo.on(state);
                if (!e.succeeded() || e.outcome().echoes().isEmpty()) {
                    return new Effect(e.outcome(), null);
                }
                Map<String, Object> vars = new LinkedHashMap<>(state.variables());
                vars.put(key, e.outcome().echoes().get(0));
                return new Effect(e.outcome(), new LoadedFile.State(state.dataset(), vars));
            };
        }
        Map<LoadedFile, LoadedFile.State> before = new LinkedHashMap<>();
        List<Effect> effects = applyToAll(assignment, files);
        for (int i = 0; i < files.size(); i++) {
            LoadedFile f = files.get(i);
            Effect e = effects.get(i);
            if (e.succeeded()) {
                before.put(f, f.state);
                f.state = e.next();
                out.append(f.name).append(": ").append(name).append(" = ")
                        .append(VariableText.of(f.state.variables().get(key))).append('\n');
            } else {
                out.append(f.name).append(": ").append(failure(e.outcome(), shown)).append('\n');
            }
        }
        if (files.isEmpty()) {
            out.append("(no files loaded: the assignment is kept in the script only)\n");
        }
        steps.add(new Step(List.of(text), assignment, before));
    }

    /** A script applied to every file as one undoable step. */
    private void apply(Script script, EntryText entry, List<String> sources, StringBuilder out) {
        Map<LoadedFile, LoadedFile.State> before = new LinkedHashMap<>();
        Entry step = running(script);
        List<Effect> effects = applyToAll(step, files);
        for (int i = 0; i < files.size(); i++) {
            LoadedFile f = files.get(i);
            Effect e = effects.get(i);
            Outcome o = e.outcome();
            o.echoes().forEach(echo -> out.append(f.name).append(": echo: ").append(echo).append('\n'));
            o.warnings().forEach(w -> out.append(f.name).append(": warning: ").append(w.message()).append('\n'));
            if (!e.succeeded()) {
                out.append(f.name).append(": ").append(failure(o, entry)).append(" (file unchanged)\n");
                continue;
            }
            List<String> assigned = changedVariables(f.state.variables(), e.next().variables());
            if (o.changes().isEmpty() && assigned.isEmpty()) {
                out.append(f.name).append(": no change\n");
                continue;
            }
            before.put(f, f.state);
            f.state = e.next();
            if (!o.changes().isEmpty()) {
                int n = o.changes().size();
                out.append(f.name).append(": ").append(n).append(n == 1 ? " change" : " changes").append('\n');
                DiffRenderer.lines(new TagDiff(o.changes()), color).forEach(l -> out.append("  ").append(l).append('\n'));
            }
            assigned.forEach(name -> out.append(f.name).append(": ").append(name).append(" = ")
                    .append(VariableText.of(f.state.variables().get(name))).append('\n'));
        }
        if (files.isEmpty()) {
            out.append("(no files loaded: kept in the script; :load PATH to try it on files)\n");
        } else if (effects.stream().noneMatch(Effect::succeeded)) {
            out.append("not kept in the script: it failed on every file\n");
            return;
        }
        steps.add(new Step(sources, step, before));
    }

    /** Names whose value is new or different after an entry (e.g. assigned inside an {@code if} block). */
    private static List<String> changedVariables(Map<String, Object> before, Map<String, Object> after) {
        List<String> names = new ArrayList<>();
        after.forEach((name, value) -> {
            if (!before.containsKey(name) || !java.util.Objects.equals(before.get(name), value)) {
                names.add(name);
            }
        });
        return names;
    }

    /** A script run on a file's dataset, starting from the file's script variables and ending with the new ones. */
    private Entry running(Script script) {
        return state -> {
            Outcome o = evaluator.apply(script, state.dataset(), bindings(), state.variables());
            return new Effect(o, o.succeeded() ? new LoadedFile.State(o.dataset(), o.variables()) : null);
        };
    }

    private List<Effect> applyToAll(Entry entry, List<LoadedFile> targets) {
        if (targets.size() < PROGRESS_THRESHOLD) {
            List<Effect> effects = new ArrayList<>(targets.size());
            for (LoadedFile f : targets) {
                effects.add(entry.on(f.state));
            }
            return effects;
        }
        return targets.parallelStream().map(f -> entry.on(f.state)).toList();
    }

    private Bindings bindings() {
        return new Bindings(bindings);
    }

    // ---------------------------------------------------------------- commands

    /** The commands with their one-line help, in the order {@code :help} lists them. */
    public static final Map<String, String> COMMANDS = commands();

    private static Map<String, String> commands() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(":load", ":load PATH...       load DICOM files or folders (recursively); replays the entries so far on them");
        m.put(":files", ":files              the loaded files and how many changes each has");
        m.put(":show", ":show [FILE|TAG]    dump the current state (all files, one file, or lines matching a tag/keyword)");
        m.put(":set", ":set NAME VALUE     bind an external variable (like --var)");
        m.put(":vars", ":vars               bound variables and the script variables of each file");
        m.put(":diff", ":diff               all changes since the files were loaded, per file");
        m.put(":undo", ":undo [N]           undo the last N applied entries (default 1)");
        m.put(":reset", ":reset              back to the loaded files, empty script");
        m.put(":script", ":script             the accepted statements so far");
        m.put(":save", ":save FILE          write them as a script");
        m.put(":run", ":run FILE.das       apply a script file to every file (one step)");
        m.put(":write", ":write DIR          write the modified files into DIR (never over the originals)");
        m.put(":dialect", ":dialect [4|6]      show or switch the dialect (switching needs an empty script)");
        m.put(":timing", ":timing on|off      show how long each entry took");
        m.put(":help", ":help               this list");
        m.put(":quit", ":quit               leave (Ctrl-D does too)");
        return java.util.Collections.unmodifiableMap(m);
    }

    private void command(String line, StringBuilder out) {
        List<String> words = Words.split(line);
        String name = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        try {
            switch (name) {
                case ":load" -> load(args, out);
                case ":files" -> listFiles(out);
                case ":show" -> show(args, out);
                case ":set" -> set(args, out);
                case ":vars" -> vars(out);
                case ":diff" -> diff(out);
                case ":undo" -> undo(args, out);
                case ":reset" -> reset(out);
                case ":script" -> out.append(script());
                case ":save" -> save(args, out);
                case ":run" -> run(args, out);
                case ":write" -> write(args, out);
                case ":dialect" -> dialect(args, out);
                case ":timing" -> {
                    timing = args.isEmpty() || !args.get(0).equals("off");
                    out.append("timing ").append(timing ? "on" : "off").append('\n');
                }
                case ":help" -> help(out);
                case ":quit", ":q", ":exit" -> finished = true;
                default -> out.append("unknown command ").append(name).append(" (:help lists them)\n");
            }
        } catch (IOException e) {
            out.append(name).append(": ").append(e.getMessage()).append('\n');
        }
    }

    private void help(StringBuilder out) {
        out.append("Type a statement to apply it to every loaded file and see the diff, or an expression\n")
                .append("such as (0010,0010) or hashUID[(0020,000D)] to see its value per file.\n")
                .append("Unfinished lines (open { [ ( or a trailing \\) continue on the next line.\n");
        COMMANDS.values().forEach(h -> out.append("  ").append(h).append('\n'));
    }

    private void load(List<String> args, StringBuilder out) throws IOException {
        if (args.isEmpty()) {
            out.append(":load needs a file or folder\n");
            return;
        }
        List<InputFiles.Input> inputs = InputFiles.expand(args.stream().map(Path::of).toList());
        boolean report = inputs.size() > PROGRESS_THRESHOLD;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int loaded = 0;
        int skipped = 0;
        int already = files.size();
        List<String> failures = new ArrayList<>();
        try {
            List<Future<Object>> reads = new ArrayList<>();
            for (InputFiles.Input in : inputs) {
                reads.add(pool.submit(() -> read(in.file())));
            }
            int step = Math.max(1, inputs.size() / 10);
            for (int i = 0; i < reads.size(); i++) {
                Object result = reads.get(i).get();
                Path p = inputs.get(i).file();
                if (result instanceof DicomFile file) {
                    files.add(new LoadedFile(p, displayName(p), file, FileEvaluation.combined(file)));
                    loaded++;
                } else if (result instanceof String problem) {
                    failures.add(p + ": " + problem);
                } else {
                    skipped++;
                }
                if (report && ((i + 1) % step == 0 || i + 1 == reads.size())) {
                    progress.accept("loading " + (i + 1) + "/" + inputs.size());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.append("interrupted\n");
        } catch (java.util.concurrent.ExecutionException e) {
            out.append("cannot load: ").append(e.getCause()).append('\n');
        } finally {
            pool.shutdownNow();
        }
        failures.forEach(f -> out.append(f).append('\n'));
        out.append("loaded ").append(loaded).append(loaded == 1 ? " file" : " files");
        if (skipped > 0) {
            out.append(", ").append(skipped).append(" skipped (not DICOM)");
        }
        if (!failures.isEmpty()) {
            out.append(", ").append(failures.size()).append(" unreadable");
        }
        out.append(" (").append(files.size()).append(" in the session)\n");
        replay(files.subList(already, files.size()), out);
    }

    /**
     * Brings files loaded after entries were applied up to date: each kept entry runs on them in order, as
     * it ran on the files loaded before, so every file shows (and {@code :write} writes) the session's
     * script. Undo covers them too. Bindings are the current ones.
     */
    private void replay(List<LoadedFile> added, StringBuilder out) {
        if (added.isEmpty() || steps.isEmpty()) {
            return;
        }
        List<LoadedFile> targets = List.copyOf(added);
        int failures = 0;
        for (Step step : steps) {
            List<Effect> effects = applyToAll(step.entry(), targets);
            for (int i = 0; i < targets.size(); i++) {
                LoadedFile f = targets.get(i);
                Effect e = effects.get(i);
                if (!e.succeeded()) {
                    failures++;
                    String where = step.sources().isEmpty() ? "an entry" : String.join("; ", step.sources());
                    out.append(f.name).append(": ").append(where).append(": ")
                            .append(e.outcome().status() == Outcome.Status.REJECTED ? "rejected" : "error").append(": ")
                            .append(e.outcome().failure().map(Outcome.Problem::message).orElse("failed"))
                            .append(" (not applied to this file)\n");
                } else if (!e.next().equals(f.state)) {
                    step.before().put(f, f.state);
                    f.state = e.next();
                }
            }
        }
        int n = steps.size();
        out.append("replayed the session's ").append(n).append(n == 1 ? " entry" : " entries").append(" on the ")
                .append(targets.size() == 1 ? "new file" : targets.size() + " new files")
                .append(failures == 0 ? "" : " (" + failures + (failures == 1 ? " failure" : " failures") + " above)")
                .append('\n');
    }

    /** A DicomFile, a problem text for broken Part 10 files, or null for files that are not DICOM. */
    private static Object read(Path file) {
        try {
            return DicomReader.keepingBulkValuesInTheFile().read(file); // kept for the whole session
        } catch (IOException | RuntimeException e) {
            return InputFiles.looksLikePart10(file) ? "cannot read: " + e.getMessage() : null;
        }
    }

    /** File names, unless two loaded files share one (then the path as given). */
    private String displayName(Path p) {
        String name = p.getFileName().toString();
        boolean clash = files.stream().anyMatch(f -> f.name.equals(name));
        return clash ? p.toString() : name;
    }

    private void listFiles(StringBuilder out) {
        if (files.isEmpty()) {
            out.append("no files loaded (:load PATH)\n");
        }
        for (LoadedFile f : files) {
            int n = TagDiff.between(f.original, f.state.dataset()).changes().size();
            out.append(f.path).append("  ").append(n == 0 ? "unchanged" : n + (n == 1 ? " change" : " changes"))
                    .append('\n');
        }
    }

    private void show(List<String> args, StringBuilder out) {
        String filter = args.isEmpty() ? "" : args.get(0);
        List<LoadedFile> chosen = files.stream()
                .filter(f -> f.name.equals(filter) || f.path.toString().equals(filter)).toList();
        String lineFilter = "";
        if (chosen.isEmpty()) {
            chosen = files;
            lineFilter = filter;
            Optional<DictionaryEntry> e = Dictionary.standard().byKeyword(filter);
            if (e.isPresent()) {
                lineFilter = DatasetText.tagText(e.get().tag());
            }
        }
        DatasetText dump = new DatasetText(Dictionary.standard());
        for (LoadedFile f : chosen) {
            out.append("== ").append(f.name).append('\n');
            String needle = lineFilter.toUpperCase(Locale.ROOT);
            for (String line : dump.lines(f.state.dataset())) {
                if (needle.isEmpty() || line.toUpperCase(Locale.ROOT).contains(needle)) {
                    out.append("  ").append(line).append('\n');
                }
            }
        }
        if (files.isEmpty()) {
            out.append("no files loaded (:load PATH)\n");
        }
    }

    private void set(List<String> args, StringBuilder out) {
        if (args.size() < 2) {
            vars(out);
            return;
        }
        String value = String.join(" ", args.subList(1, args.size()));
        bindings.put(args.get(0), value);
        out.append(args.get(0)).append(" = ").append(quote(value)).append('\n');
    }

    private void vars(StringBuilder out) {
        if (bindings.isEmpty() && files.stream().allMatch(f -> f.state.variables().isEmpty())) {
            out.append("no variables (:set NAME VALUE binds one)\n");
        }
        bindings.forEach((k, v) -> out.append(k).append(" = ").append(quote(v)).append("   (bound)\n"));
        for (LoadedFile f : files) {
            new TreeSet<>(f.state.variables().keySet()).forEach(k -> out.append(f.name).append(": ").append(k)
                    .append(" = ").append(VariableText.of(f.state.variables().get(k))).append('\n'));
        }
    }

    private void diff(StringBuilder out) {
        if (files.isEmpty()) {
            out.append("no files loaded (:load PATH)\n");
        }
        for (LoadedFile f : files) {
            TagDiff d = TagDiff.between(f.original, f.state.dataset());
            if (d.isEmpty()) {
                out.append(f.name).append(": no change\n");
                continue;
            }
            int n = d.changes().size();
            out.append(f.name).append(": ").append(n).append(n == 1 ? " change" : " changes").append('\n');
            DiffRenderer.lines(d, color).forEach(l -> out.append("  ").append(l).append('\n'));
        }
    }

    private void undo(List<String> args, StringBuilder out) {
        int n;
        try {
            n = args.isEmpty() ? 1 : Integer.parseInt(args.get(0));
        } catch (NumberFormatException e) {
            out.append(":undo takes a count, not ").append(args.get(0)).append('\n');
            return;
        }
        if (steps.isEmpty()) {
            out.append("nothing to undo\n");
            return;
        }
        for (int i = 0; i < n && !steps.isEmpty(); i++) {
            Step s = steps.remove(steps.size() - 1);
            s.before().forEach((f, state) -> f.state = state);
            out.append("undone: ").append(s.sources().isEmpty() ? "(entry)" : String.join("; ", s.sources()))
                    .append('\n');
        }
    }

    private void reset(StringBuilder out) {
        steps.clear();
        for (LoadedFile f : files) {
            f.state = new LoadedFile.State(f.original, Map.of());
        }
        version = DEFAULT_VERSION;
        out.append("reset: ").append(files.size()).append(files.size() == 1 ? " file" : " files")
                .append(" as loaded, empty script\n");
    }

    private void save(List<String> args, StringBuilder out) throws IOException {
        if (args.size() != 1) {
            out.append(":save needs one file name\n");
            return;
        }
        Path target = Path.of(args.get(0));
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(target, script(), StandardCharsets.UTF_8);
        int n = steps.stream().mapToInt(s -> s.sources().size()).sum();
        out.append("saved ").append(n).append(n == 1 ? " statement" : " statements").append(" to ").append(target)
                .append('\n');
    }

    private void run(List<String> args, StringBuilder out) throws IOException {
        if (args.size() != 1) {
            out.append(":run needs one script file\n");
            return;
        }
        Path file = Path.of(args.get(0));
        String text = ScriptReader.read(file).text();
        var lint = org.anonscript.analysis.Linter.lint(text,
                AnalysisOptions.defaults().withBoundVariables(variableNames()));
        Script script = lint.parse().script();
        if (script.dialect() != dialect) {
            out.append(file).append(" is DicomEdit ").append(script.dialect().label()).append(", the session is ")
                    .append(dialect.label()).append(" (:dialect ").append(script.dialect().label())
                    .append(" after :reset to switch)\n");
            return;
        }
        EntryText entry = new EntryText(text, "", lint);
        for (Diagnostic d : lint.diagnostics()) {
            out.append(file).append(':').append(d.range().start()).append(": ")
                    .append(d.severity().name().toLowerCase(Locale.ROOT)).append(' ').append(d.code().name())
                    .append(' ').append(d.message()).append('\n');
        }
        if (entry.hasErrors()) {
            out.append("not applied (errors above)\n");
            return;
        }
        List<String> sources = new ArrayList<>();
        for (Statement s : script.statements()) {
            if (s instanceof Statement.Version v) {
                version = v.version().value();
            } else {
                sources.add(entry.sourceOf(s.range()).strip());
            }
        }
        apply(script, entry, sources, out);
    }

    private void write(List<String> args, StringBuilder out) throws IOException {
        if (args.size() != 1) {
            out.append(":write needs one folder\n");
            return;
        }
        Path dir = Path.of(args.get(0));
        Files.createDirectories(dir);
        int written = 0;
        for (LoadedFile f : files) {
            Path target = dir.resolve(f.name.replace('/', '_').replace('\\', '_'));
            if (Files.exists(target) && Files.isSameFile(target, f.path)) {
                out.append(target).append(": is the original; not written\n");
                continue;
            }
            new DicomWriter().write(FileEvaluation.withResult(f.file, f.state.dataset()), target);
            written++;
        }
        out.append("wrote ").append(written).append(written == 1 ? " file" : " files").append(" to ").append(dir)
                .append('\n');
    }

    private void dialect(List<String> args, StringBuilder out) {
        if (args.isEmpty()) {
            out.append("dialect: DicomEdit ").append(dialect.label())
                    .append(dialect == Dialect.DE6 ? " (version \"" + version + "\")" : "").append('\n');
            return;
        }
        Dialect wanted = switch (args.get(0)) {
            case "4" -> Dialect.DE4;
            case "6" -> Dialect.DE6;
            default -> null;
        };
        if (wanted == null) {
            out.append(":dialect takes 4 or 6\n");
        } else if (wanted != dialect && !steps.isEmpty()) {
            out.append("the script has statements in DicomEdit ").append(dialect.label())
                    .append("; :reset first to switch\n");
        } else {
            dialect = wanted;
            out.append("dialect: DicomEdit ").append(dialect.label()).append('\n');
        }
    }
}
