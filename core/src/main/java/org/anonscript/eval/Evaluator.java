package org.anonscript.eval;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.dicom.Dataset;
import org.anonscript.script.Script;

/**
 * Applies DicomEdit scripts to datasets exactly as XNAT's engines would (design: "evaluation is a pure
 * transformation with a change log"). DE6 statements run top to bottom, each seeing the previous ones'
 * effects (spec §6, §11); DE4 statements are collected and applied in reverse so the first statement
 * wins (spec §13). Script variables are fresh for every call (unless the caller hands some in, as an
 * interactive session does) and come back in {@link Outcome#variables()}; the {@link EvaluationSession} (UID maps,
 * random source, lookup table, existing session labels, network permission) is shared by all calls on
 * this evaluator, so a run over many files maps UIDs consistently. Thread-safe.
 *
 * <p>The dataset passed in may include the file meta group (0002); after the script, when it does,
 * (0002,0002)/(0002,0003) are set from (0008,0016)/(0008,0018) and that appears in the change log
 * without a statement range (spec §11.7).
 */
public final class Evaluator {

    private final EvaluationSession session;

    /**
     * The variables of each script seen lately (by identity), analysed once instead of once per file: a DE4
     * script checks before every file that its external variables are bound. Bounded, because an interactive
     * session hands in a new script object for every entry.
     */
    private final Map<Script, List<VariableAnalysis.Variable>> variablesByScript = new IdentityHashMap<>();
    private static final int MAX_CACHED_SCRIPTS = 16;

    public Evaluator(EvaluationSession session) {
        this.session = session;
    }

    /** An evaluator with {@link EvaluationSession#defaults()}. */
    public Evaluator() {
        this(EvaluationSession.defaults());
    }

    public EvaluationSession session() {
        return session;
    }

    /** The script applied to {@code dataset}; never throws for script or data problems (they are outcomes). */
    public Outcome apply(Script script, Dataset dataset, Bindings bindings) {
        return apply(script, dataset, bindings, Map.of());
    }

    /**
     * Like {@link #apply(Script, Dataset, Bindings)}, but the script starts with {@code variables} already
     * assigned (as {@link Outcome#variables()} gave them): an interactive session runs a script one entry at
     * a time and carries each file's variables from one entry to the next. They win over bindings, as an
     * assignment in the script would.
     */
    public Outcome apply(Script script, Dataset dataset, Bindings bindings, Map<String, Object> variables) {
        return new ScriptRun(script, dataset, bindings, session, variables, this::variablesOf).run();
    }

    private List<VariableAnalysis.Variable> variablesOf(Script script) {
        synchronized (variablesByScript) {
            List<VariableAnalysis.Variable> known = variablesByScript.get(script);
            if (known == null) {
                if (variablesByScript.size() >= MAX_CACHED_SCRIPTS) {
                    variablesByScript.clear();
                }
                known = VariableAnalysis.of(script).variables();
                variablesByScript.put(script, known);
            }
            return known;
        }
    }

    /**
     * The scripts applied one after the other, as XNAT applies the site-wide script and then the project's;
     * stops at the first rejection or error.
     */
    public Outcome applyAll(List<Script> scripts, Dataset dataset, Bindings bindings) {
        Outcome outcome = new Outcome(Outcome.Status.UNCHANGED, dataset, List.of(), List.of(), List.of(),
                java.util.Optional.empty());
        for (Script script : scripts) {
            outcome = outcome.then(apply(script, outcome.dataset(), bindings));
            if (!outcome.succeeded()) {
                break;
            }
        }
        return outcome;
    }
}
