package org.anonscript.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anonscript.config.ProjectConfig;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DatasetText;
import org.anonscript.dicom.Dictionary;
import org.anonscript.eval.Bindings;
import org.anonscript.eval.Change;
import org.anonscript.eval.EvaluationSession;
import org.anonscript.eval.Evaluator;
import org.anonscript.eval.FileEvaluation;
import org.anonscript.eval.Outcome;
import org.anonscript.eval.RunStop;
import org.anonscript.script.Range;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Test-run against sample files (issue 5, item 8): the script applied to each sample with the configured
 * bindings, existing sessions and network permission; the change log per file, and runtime errors as
 * diagnostics on the statement that failed.
 */
public final class TestRunFeature {

    private static final DatasetText DUMP = new DatasetText(Dictionary.standard());

    /** The result for the client and the runtime problems to show in the script. */
    public record Run(RunResult result, List<Diagnostic> diagnostics) {
    }

    public Run run(Snapshot doc, List<SampleData.Sample> samples, CancelChecker cancel) {
        ProjectConfig config = doc.config();
        Evaluator evaluator = new Evaluator(EvaluationSession.defaults()
                .withExistingSessions(Set.copyOf(config.sessions()))
                .withNetwork(config.network()));
        Bindings bindings = new Bindings(config.bindings());
        List<RunResult.FileResult> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SampleData.Sample sample : samples) {
            cancel.checkCanceled();
            String path = sample.path().toString();
            if (!sample.readable()) {
                files.add(new RunResult.FileResult(path, "error", sample.error(), List.of(), List.of(), List.of()));
                continue;
            }
            Dataset before = FileEvaluation.combined(sample.file());
            // stoppable: a cancel ends even a regular expression that backtracks for ever
            Outcome outcome = RunStop.stoppable(cancel::isCanceled, () -> evaluator.apply(doc.script(), before, bindings));
            cancel.checkCanceled();
            List<RunResult.ChangeResult> changes = new ArrayList<>();
            for (Change c : outcome.changes()) {
                changes.add(new RunResult.ChangeResult(c.path(), c.keyword(), c.before(), c.after(),
                        c.statement().map(r -> r.start().line() + 1).orElse(null)));
            }
            String error = outcome.failure().map(Outcome.Problem::message).orElse(null);
            files.add(new RunResult.FileResult(path, outcome.status().name().toLowerCase(Locale.ROOT), error, changes,
                    DUMP.lines(before), DUMP.lines(outcome.dataset())));
            if (outcome.status() == Outcome.Status.ERROR && outcome.failure().isPresent()) {
                Outcome.Problem p = outcome.failure().get();
                Range range = p.range().orElse(doc.script().range());
                Diagnostic d = new Diagnostic(Lsp.range(range), fileName(sample.path()) + ": " + p.message(),
                        DiagnosticSeverity.Error, Lsp.SOURCE + " run", "runtime");
                if (diagnostics.stream().noneMatch(x -> x.getRange().equals(d.getRange()))) {
                    diagnostics.add(d);
                }
            }
        }
        return new Run(new RunResult(files), diagnostics);
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
