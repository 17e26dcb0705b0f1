package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A host stops a run between statements and inside a regular expression that backtracks exponentially. */
class RunStopTest {

    static final String SCRIPT = "version \"6.3\"\n(0010,0010) ~ \"(.*a){12}\" ? -(0010,0020)\n(0010,0030) := \"19700101\"\n";

    @Test
    void withoutAStopTheRunFinishes() {
        Outcome outcome = RunStop.stoppable(() -> false, () -> Datasets.run(SCRIPT, ds(el("(0010,0010)", "a".repeat(16) + "!"))));
        assertThat(outcome.status()).isEqualTo(Outcome.Status.MODIFIED);
    }

    @Test
    void aStopBeforeTheFirstStatementEndsTheRunWithAnError() {
        Outcome outcome = RunStop.stoppable(() -> true, () -> Datasets.run(SCRIPT, ds(el("(0010,0010)", "Doe"))));
        assertThat(outcome.status()).isEqualTo(Outcome.Status.ERROR);
        assertThat(outcome.failure().orElseThrow().message()).isEqualTo("stopped: the run was cancelled");
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void aStopEndsABacktrackingPatternAfterAFewThousandReads() {
        // 40 a's: the pattern would read about 10^12 characters; the stop is asked for after the statement check
        AtomicInteger asked = new AtomicInteger();
        Outcome outcome = RunStop.stoppable(() -> asked.incrementAndGet() > 3,
                () -> Datasets.run(SCRIPT, ds(el("(0010,0010)", "a".repeat(40) + "!"))));
        assertThat(outcome.status()).isEqualTo(Outcome.Status.ERROR);
        assertThat(outcome.failure().orElseThrow().message()).contains("stopped");
        assertThat(outcome.failure().orElseThrow().range()).isPresent();
        assertThat(asked.get()).isEqualTo(4); // one check before the statement, three inside the pattern
    }

    @Test
    void outsideStoppableNothingIsWatched() {
        CharSequence text = "abc";
        assertThat(RunStop.watched(text)).isSameAs(text);
        RunStop.stoppable(() -> false, () -> assertThat(RunStop.watched(text)).isNotSameAs(text));
        assertThat(RunStop.watched(text)).isSameAs(text);
    }
}
