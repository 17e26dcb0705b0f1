package org.anonscript.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anonscript.dicom.Dataset;
import org.anonscript.script.Range;

/**
 * What applying a script to one dataset gave: the status, the new dataset (for REJECTED and ERROR the
 * partially edited one, for display only — a host must not write it), the ordered change log, the
 * {@code echo} output, warnings, for REJECTED/ERROR the message and statement range, and the script
 * variables as they stood when the run ended ({@link #variables()}).
 *
 * @param variables the script variables at the end of the run, read-only, by name (DE4 names in lower case,
 *                  as DE4 compares them; DE4 defines variables lazily, so only those the run read are here); values are {@link String}, {@link Boolean}, {@link List} (of values),
 *                  {@link org.anonscript.script.TagPath} or null (a variable read while it had no value);
 *                  {@link VariableText} prints them. External bindings are not in it unless the script assigned them.
 */
public record Outcome(Status status, Dataset dataset, List<Change> changes, List<String> echoes,
        List<Problem> warnings, Optional<Problem> failure, Map<String, Object> variables) {

    public enum Status { MODIFIED, UNCHANGED, REJECTED, ERROR }

    /** A message about a statement; {@code range} is empty for problems not tied to one statement. */
    public record Problem(String message, Optional<Range> range) {
        @Override
        public String toString() {
            return range.map(r -> r.start() + ": ").orElse("") + message;
        }
    }

    public Outcome {
        changes = List.copyOf(changes);
        echoes = List.copyOf(echoes);
        warnings = List.copyOf(warnings);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables)); // values may be null
    }

    /** An outcome without script variables. */
    public Outcome(Status status, Dataset dataset, List<Change> changes, List<String> echoes, List<Problem> warnings,
            Optional<Problem> failure) {
        this(status, dataset, changes, echoes, warnings, failure, Map.of());
    }

    /**
     * This outcome with an empty dataset: for hosts that keep outcomes after writing the result (a
     * dataset read from a small file holds that file's bytes).
     */
    public Outcome withoutDataset() {
        return new Outcome(status, Dataset.empty(), changes, echoes, warnings, failure);
    }

    /** Whether a host may write {@link #dataset()}. */
    public boolean succeeded() {
        return status == Status.MODIFIED || status == Status.UNCHANGED;
    }

    /**
     * This outcome followed by {@code next}, which was computed from this outcome's dataset. Each script has
     * its own variables; where two scripts use one name, the later script's value is the one kept.
     */
    public Outcome then(Outcome next) {
        List<Change> c = new ArrayList<>(changes);
        c.addAll(next.changes);
        List<String> e = new ArrayList<>(echoes);
        e.addAll(next.echoes);
        List<Problem> w = new ArrayList<>(warnings);
        w.addAll(next.warnings);
        Status s = next.status == Status.UNCHANGED && status == Status.MODIFIED ? Status.MODIFIED : next.status;
        if (s == Status.MODIFIED || s == Status.UNCHANGED) {
            s = c.isEmpty() ? Status.UNCHANGED : Status.MODIFIED;
        }
        Map<String, Object> v = new LinkedHashMap<>(variables);
        v.putAll(next.variables);
        return new Outcome(s, next.dataset, c, e, w, next.failure, v);
    }
}
