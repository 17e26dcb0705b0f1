package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anonscript.dicom.Dataset;
import org.anonscript.script.Range;

/**
 * What applying a script to one dataset gave: the status, the new dataset (for REJECTED and ERROR the
 * partially edited one, for display only — a host must not write it), the ordered change log, the
 * {@code echo} output, warnings, and for REJECTED/ERROR the message and statement range.
 */
public record Outcome(Status status, Dataset dataset, List<Change> changes, List<String> echoes,
        List<Problem> warnings, Optional<Problem> failure) {

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

    /** This outcome followed by {@code next}, which was computed from this outcome's dataset. */
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
        return new Outcome(s, next.dataset, c, e, w, next.failure);
    }
}
