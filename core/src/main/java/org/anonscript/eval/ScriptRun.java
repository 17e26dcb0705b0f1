package org.anonscript.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.diff.TagDiff;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.eval.builtins.Conditions;
import org.anonscript.eval.builtins.ModalityLabel;
import org.anonscript.eval.builtins.TextFunctions;
import org.anonscript.script.Condition;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.Identifier;
import org.anonscript.script.PathStep;
import org.anonscript.script.Range;
import org.anonscript.script.Script;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;

/**
 * The evaluation of one script on one dataset: mutable state that lives only for this call (script
 * variables reset per file, spec §6.5). DE6 statements run top to bottom (§6, §11); DE4 statements are
 * collected and applied in reverse so that the first one wins (§13.2).
 */
final class ScriptRun {

    static final Set<String> DE6_VERSIONS = Set.of("6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7");

    /** Thrown by {@code reject[]}: not an error, the object is rejected (spec §11.8). */
    static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejection() {
            super("rejected by reject[]", null, false, false);
        }
    }

    private final Script script;
    private final Bindings bindings;
    private final EvaluationSession session;
    private final Dialect dialect;
    private final Dataset original;
    private Dataset root;
    private Optional<Range> current = Optional.empty();
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<String> echoes = new ArrayList<>();
    private final List<Outcome.Problem> warnings = new ArrayList<>();
    private final Set<String> warnedVariables = new HashSet<>();
    /** Names of the variables handed in already assigned (an interactive session's earlier entries). */
    private final Set<String> carried;
    /** The script's variables (the evaluator analyses each script once, not once per file). */
    private final Function<Script, List<VariableAnalysis.Variable>> variablesOf;

    ScriptRun(Script script, Dataset dataset, Bindings bindings, EvaluationSession session,
            Map<String, Object> carriedVariables, Function<Script, List<VariableAnalysis.Variable>> variablesOf) {
        this.variablesOf = variablesOf;
        this.script = script;
        this.bindings = bindings;
        this.session = session;
        this.dialect = script.dialect();
        this.original = dataset;
        this.root = dataset;
        this.variables.putAll(carriedVariables);
        this.carried = Set.copyOf(carriedVariables.keySet());
    }

    Outcome run() {
        try {
            if (dialect == Dialect.DE6) {
                for (Statement s : script.statements()) {
                    execute(s);
                }
            } else {
                runDe4();
            }
            current = Optional.empty();
            syncFileMeta();
        } catch (Rejection r) {
            return outcome(Outcome.Status.REJECTED, Optional.of(new Outcome.Problem("rejected by reject[]", current)));
        } catch (EvaluationException e) {
            return outcome(Outcome.Status.ERROR, Optional.of(new Outcome.Problem(e.getMessage(), current)));
        } catch (RuntimeException e) {
            // a bug must not hide which statement triggered it
            return outcome(Outcome.Status.ERROR, Optional.of(new Outcome.Problem(
                    "internal error (" + e + "); please report it", current)));
        }
        return outcome(changes.isEmpty() ? Outcome.Status.UNCHANGED : Outcome.Status.MODIFIED, Optional.empty());
    }

    private Outcome outcome(Outcome.Status status, Optional<Outcome.Problem> failure) {
        return new Outcome(status, root, changes, echoes, warnings, failure, variables);
    }

    // ---------------------------------------------------------------- state used by the built-ins

    Dataset root() {
        return root;
    }

    /** Replaces the dataset; the difference goes to the change log under the current statement. */
    void setRoot(Dataset next) {
        if (next != root) {
            changes.addAll(TagDiff.changes(root, next, current));
            root = next;
        }
    }

    TextCodec codec() {
        return TextCodec.forDataset(root);
    }

    Dialect dialect() {
        return dialect;
    }

    EvaluationSession session() {
        return session;
    }

    void warn(String message) {
        warnings.add(new Outcome.Problem(message, current));
    }

    List<Location> match(TagPath path) {
        return PathMatcher.match(root, path);
    }

    /** The value at a singular path (spec §7.1), or null when absent. */
    String read(TagPath path) {
        if (!path.isSingular()) {
            throw new EvaluationException("path matching multiple tags not allowed as term: " + PathText.of(path));
        }
        List<Location> found = PathMatcher.match(root, path);
        if (found.isEmpty()) {
            return null;
        }
        return readAt(found.get(0));
    }

    String readAt(Location location) {
        return DatasetEdits.element(root, location)
                .map(e -> location.isItem() ? "" : ValueText.read(e, codec()))
                .orElse(null);
    }

    /** A value in a text position: paths are read, booleans print as true/false, VOID is an error. */
    String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof TagPath path) {
            return read(path);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            for (Object v : Values.flatten(list)) {
                texts.add(text(v));
            }
            return String.join("\\", texts.stream().map(String::valueOf).toList());
        }
        if (value == Values.VOID) {
            throw new EvaluationException("a procedure's result (VOID) used as a value");
        }
        return value.toString();
    }

    /** Arguments that name paths: path literals, strings in DE6 path syntax, lists and variables of them. */
    List<TagPath> paths(Object value) {
        List<TagPath> out = new ArrayList<>();
        for (Object v : value instanceof List<?> l ? Values.flatten(l) : List.of(value == null ? "" : value)) {
            if (v instanceof TagPath p) {
                out.add(p);
            } else if (v instanceof String s) {
                out.add(PathText.parseDe6(s));
            } else {
                throw new EvaluationException("expected a tag path, got " + text(v));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- DE6 statements

    private void execute(Statement statement) {
        RunStop.check();
        Optional<Range> saved = current;
        current = Optional.of(statement.range());
        executeIn(statement);
        current = saved; // not on an exception: the failure is reported at the innermost statement

    }

    private void executeIn(Statement statement) {
        if (statement instanceof Statement.Version v) {
            if (!DE6_VERSIONS.contains(v.version().value())) {
                throw new EvaluationException("unsupported version \"" + v.version().value()
                        + "\" (XNAT accepts 6.0 to 6.7)");
            }
        } else if (statement instanceof Statement.TagAssignment a) {
            if (a.ifExists()) {
                assignIfExists(a.target(), value(a.value()));
            } else {
                assign(a.target(), value(a.value()));
            }
        } else if (statement instanceof Statement.VariableAssignment a) {
            variables.put(a.name().key(dialect), value(a.value()));
        } else if (statement instanceof Statement.Deletion d) {
            delete(d.target());
        } else if (statement instanceof Statement.CallStatement c) {
            call(c.call());
        } else if (statement instanceof Statement.Echo e) {
            if (e.value().isEmpty()) {
                throw new EvaluationException("echo needs a value in DicomEdit 6");
            }
            Object v = value(e.value().get());
            if (v == Values.VOID) {
                throw new EvaluationException("echoed value is VOID");
            }
            echoes.add(String.valueOf(text(v)));
        } else if (statement instanceof Statement.RemoveAllPrivateTags) {
            setRoot(Privates.removeAll(root));
        } else if (statement instanceof Statement.InlineIf i) {
            if (condition(i.condition())) {
                execute(i.then());
            } else {
                i.otherwise().ifPresent(this::execute);
            }
        } else if (statement instanceof Statement.IfChain chain) {
            for (Statement.IfBranch branch : chain.branches()) {
                if (condition(branch.condition())) {
                    branch.block().statements().forEach(this::execute);
                    return;
                }
            }
            chain.otherwise().ifPresent(block -> block.statements().forEach(this::execute));
        } else if (statement instanceof Statement.Constrained c) {
            for (Condition condition : c.constraints()) {
                if (!condition(condition)) {
                    return;
                }
            }
            execute(c.action());
        } else if (statement instanceof Statement.Erroneous) {
            throw new EvaluationException("this statement has a syntax error");
        }
        // describe and export only inform the host (spec §6.9)
    }

    private void assign(TagPath target, Object value) {
        if (dialect == Dialect.DE4 && !target.isSingular()) {
            assignIfExists(target, value == null ? "" : value); // a pattern changes existing elements (spec §13.4)
            return;
        }
        if (!target.isSingular()) {
            throw new EvaluationException("assigning to a tag path that maps to multiple attributes is not supported: "
                    + PathText.of(target));
        }
        if (value == Values.VOID) {
            throw new EvaluationException("assigned value is VOID");
        }
        String text = text(value);
        if (text == null) {
            if (dialect == Dialect.DE6) {
                warn(":= of a null value skipped: " + PathText.of(target) + " is unchanged (DicomEdit 6 does nothing)");
                return;
            }
            text = ""; // DE4 writes an empty value (spec §13.4)
        }
        setRoot(DatasetEdits.assign(root, target, text, codec()));
    }

    private void assignIfExists(TagPath target, Object value) {
        if (value == Values.VOID) {
            throw new EvaluationException("assigned value is VOID");
        }
        String text = text(value);
        if (text == null) {
            warn("?= of a null value skipped");
            return;
        }
        Dataset next = root;
        TextCodec codec = codec();
        for (Location location : PathMatcher.match(root, target)) {
            next = DatasetEdits.rewrite(next, location, text, codec);
        }
        setRoot(next);
    }

    private void delete(TagPath target) {
        Dataset next = root;
        for (Location location : PathMatcher.match(root, target)) {
            next = DatasetEdits.delete(next, location);
        }
        setRoot(next);
    }

    boolean condition(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            String left = text(value(c.left()));
            if (left == null) {
                return Conditions.test(null, c.op(), null);
            }
            return Conditions.test(left, c.op(), text(value(c.right())));
        }
        return Conditions.isTrue(call(((Condition.CallCondition) condition).call()));
    }

    // ---------------------------------------------------------------- expressions

    /** An expression in a value position (right of {@code :=}, comparisons, echo): paths are read. */
    Object value(Expression e) {
        if (e instanceof Expression.PathExpr p) {
            return read(p.path());
        }
        return argument(e);
    }

    /** An expression as a function argument (spec §7.2): paths are passed as paths. */
    Object argument(Expression e) {
        if (e instanceof Expression.StringLiteral s) {
            return s.value();
        } else if (e instanceof Expression.NumberLiteral n) {
            return n.text();
        } else if (e instanceof Expression.VariableRef v) {
            return variable(v.name());
        } else if (e instanceof Expression.PathExpr p) {
            return p.path();
        } else if (e instanceof Expression.FunctionCall f) {
            return call(f);
        } else if (e instanceof Expression.ListExpr l) {
            List<Object> list = new ArrayList<>();
            for (Expression entry : l.entries()) {
                list.add(argument(entry));
            }
            return list;
        } else if (e instanceof Expression.ImplicitFormat f) {
            List<Object> args = new ArrayList<>();
            for (Expression a : f.args()) {
                args.add(text(value(a)));
            }
            return TextFunctions.format(f.pattern().value(), args);
        } else if (e instanceof Expression.NewGenerator g) {
            throw new EvaluationException("new " + g.name().name() + " can only be assigned to a tag");
        }
        throw new EvaluationException("this statement has a syntax error");
    }

    Object call(Expression.FunctionCall call) {
        String name = call.name().name();
        FunctionSpec spec = Functions.lookup(name, dialect).orElseThrow(() -> new EvaluationException(
                "failed to find function " + name));
        if (!spec.acceptsArity(call.args().size())) {
            throw new EvaluationException(name + " takes " + spec.arityText() + " argument"
                    + (spec.arityText().equals("1") ? "" : "s") + ", not " + call.args().size() + ": " + spec.signature());
        }
        List<Object> args = new ArrayList<>();
        for (Expression a : call.args()) {
            args.add(argument(a));
        }
        return Builtins.implementation(spec).call(this, args);
    }

    // ---------------------------------------------------------------- variables

    private final Map<String, Expression> de4Definitions = new LinkedHashMap<>();
    private final Set<String> de4Evaluating = new HashSet<>();

    private Object variable(Identifier name) {
        String key = name.key(dialect);
        Optional<String> bound = bindings.get(name.name(), dialect);
        if (dialect == Dialect.DE4) {
            if (bound.isPresent()) {
                return bound.get();
            }
            if (variables.containsKey(key)) {
                return variables.get(key);
            }
            Expression definition = de4Definitions.get(key);
            if (definition != null) {
                if (!de4Evaluating.add(key)) {
                    throw new EvaluationException("variable " + name.name() + " depends on itself");
                }
                Object v = value(definition);
                de4Evaluating.remove(key);
                variables.put(key, v);
                return v;
            }
            return hostValue(name);
        }
        if (variables.containsKey(key)) {
            return variables.get(key);
        }
        if (bound.isPresent()) {
            return bound.get();
        }
        return hostValue(name);
    }

    /** Names the host derives from the data when the user does not bind them, then null with a warning. */
    private Object hostValue(Identifier name) {
        if (name.name().equalsIgnoreCase("modalityLabel")) {
            String modality = readTop(0x00080060);
            String modalities = readTop(0x00080061);
            Optional<String> label = ModalityLabel.from(modality, modalities);
            if (label.isPresent()) {
                return label.get();
            }
        }
        if (warnedVariables.add(name.name())) {
            warn("variable " + name.name() + " has no value (bind it with --var " + name.name() + "=...)");
        }
        return null;
    }

    private String readTop(int tag) {
        return root.get(tag).map(e -> ValueText.read(e, codec())).orElse(null);
    }

    // ---------------------------------------------------------------- DE4 (spec §13)

    private record De4Operation(Statement action, Object value, Range range) {
    }

    private void runDe4() {
        for (Statement s : script.statements()) {
            if (s instanceof Statement.VariableAssignment a) {
                current = Optional.of(a.range());
                String key = a.name().key(dialect);
                if (de4Definitions.containsKey(key)) {
                    throw new EvaluationException("variable " + a.name().name()
                            + " is already initialised (DicomEdit 4 variables are assigned once)");
                }
                de4Definitions.put(key, a.value());
            }
        }
        checkDe4Externals();
        List<De4Operation> operations = new ArrayList<>();
        for (Statement s : script.statements()) {
            current = Optional.of(s.range());
            collect(s, s.range(), operations);
        }
        for (int i = operations.size() - 1; i >= 0; i--) {
            RunStop.check();
            De4Operation op = operations.get(i);
            current = Optional.of(op.range());
            if (op.action() instanceof Statement.TagAssignment a) {
                assign(a.target(), op.value());
            } else if (op.action() instanceof Statement.Deletion d) {
                delete(d.target());
            }
        }
    }

    private void checkDe4Externals() {
        List<String> missing = new ArrayList<>();
        for (VariableAnalysis.Variable v : variablesOf.apply(script)) {
            if (!v.isAssigned() && bindings.get(v.name(), dialect).isEmpty()
                    && !carried.contains(new Identifier(v.name(), null).key(dialect))
                    && !v.name().equalsIgnoreCase("modalityLabel")) {
                missing.add(v.name());
            }
        }
        if (!missing.isEmpty()) {
            current = Optional.empty();
            throw new EvaluationException("missing value for script-required variable(s): " + String.join(", ", missing)
                    + " (bind with --var NAME=VALUE)");
        }
    }

    /** Values are computed against the dataset as it was before any operation (the original object). */
    private void collect(Statement s, Range range, List<De4Operation> operations) {
        if (s instanceof Statement.Constrained c) {
            for (Condition condition : c.constraints()) {
                if (!condition(condition)) {
                    return;
                }
            }
            collect(c.action(), range, operations);
        } else if (s instanceof Statement.TagAssignment a) {
            Object value;
            if (a.value() instanceof Expression.NewGenerator g) {
                if (!g.name().name().equals("UID")) {
                    throw new EvaluationException("unknown generator new " + g.name().name() + " (only new UID exists)");
                }
                value = session.newUidFor(a.target().isSingular() ? read(a.target()) : null);
            } else {
                value = value(a.value());
                if (value == Values.VOID) {
                    throw new EvaluationException("assigned value is VOID");
                }
                value = text(value);
            }
            operations.add(new De4Operation(a, value, range));
        } else if (s instanceof Statement.Deletion d) {
            operations.add(new De4Operation(d, null, range));
        } else if (s instanceof Statement.Echo e) {
            echoes.add(e.value().isEmpty() ? "" : String.valueOf(text(value(e.value().get()))));
        } else if (s instanceof Statement.CallStatement c) {
            call(c.call());
        } else if (s instanceof Statement.Erroneous) {
            throw new EvaluationException("this statement has a syntax error");
        }
    }

    // ---------------------------------------------------------------- file meta (spec §11.7)

    /** (0002,0002)/(0002,0003) follow (0008,0016)/(0008,0018) when the object has a file meta group. */
    private void syncFileMeta() {
        if (root.range(0x00020000, 0x0002FFFF).isEmpty()) {
            return;
        }
        Dataset next = root;
        next = copy(next, Tag.SOP_CLASS_UID, Tag.MEDIA_STORAGE_SOP_CLASS_UID);
        next = copy(next, Tag.SOP_INSTANCE_UID, Tag.MEDIA_STORAGE_SOP_INSTANCE_UID);
        setRoot(next);
    }

    private Dataset copy(Dataset ds, int from, int to) {
        Optional<DicomElement> source = ds.get(from);
        if (source.isEmpty() || !(source.get() instanceof DicomElement.Value)) {
            return ds;
        }
        String text = ValueText.read(source.get(), codec());
        Optional<String> now = ds.get(to).map(e -> ValueText.read(e, codec()));
        if (now.isPresent() && now.get().equals(text)) {
            return ds;
        }
        return ds.with(DatasetEdits.encode(to, org.anonscript.dicom.VR.UI, text, codec()));
    }

    Dataset original() {
        return original;
    }
}
