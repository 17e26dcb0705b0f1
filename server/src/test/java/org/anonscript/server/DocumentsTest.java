package org.anonscript.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.anonscript.config.ProjectConfig;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Versions are analysed eagerly, in order, and a superseded version is never analysed. */
class DocumentsTest {

    private static final String URI = "file:///s.das";

    /** Runs queued work only when the test says so, which makes the interleavings deterministic. */
    static final class ManualExecutor extends AbstractExecutorService {
        final Deque<Runnable> queue = new ArrayDeque<>();
        boolean shutdown;

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            List<Runnable> dropped = new ArrayList<>(queue);
            queue.clear();
            return dropped;
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown && queue.isEmpty();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return isTerminated();
        }
    }

    private final List<String> analysed = new ArrayList<>();
    private final ManualExecutor executor = new ManualExecutor();
    private final Documents documents = new Documents(uri -> {
        analysed.add(uri); // the configuration is looked up once per analysed version
        return ProjectConfig.defaults();
    }, executor);

    @Test
    void everyVersionIsQueuedForAnalysisAsItArrives() {
        documents.open(URI, 1, "-(0010,0010)\n");
        assertThat(executor.queue).hasSize(1);
        executor.runAll();
        assertThat(analysed).hasSize(1);
        assertThat(documents.snapshot(URI)).hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(1));
        assertThat(analysed).as("the request found the snapshot ready").hasSize(1);
    }

    @Test
    void versionsSupersededBeforeTheirTurnAreNeverAnalysed() {
        documents.open(URI, 1, "-(0010,0010)\n");
        documents.change(URI, 2, List.of(insert(0, 0, "x")));
        documents.change(URI, 3, List.of(insert(0, 0, "y")));
        executor.runAll();
        assertThat(analysed).as("only version 3").hasSize(1);
        assertThat(documents.snapshot(URI).orElseThrow().text()).isEqualTo("yx-(0010,0010)\n");
        assertThat(documents.snapshot(URI).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void aConfigurationChangeAnalysesTheOpenDocumentsAgain() {
        documents.open(URI, 1, "-(0010,0010)\n");
        executor.runAll();
        documents.invalidate();
        executor.runAll();
        assertThat(analysed).hasSize(2);
    }

    @Test
    void afterShutdownTheAskerComputesTheSnapshotItself() {
        documents.open(URI, 1, "-(0010,0010)\n");
        executor.shutdownNow();
        assertThat(documents.snapshot(URI)).hasValueSatisfying(s -> assertThat(s.diagnostics()).isEmpty());
    }

    @Test
    void closedDocumentsHaveNoSnapshot() {
        documents.open(URI, 1, "-(0010,0010)\n");
        documents.close(URI);
        executor.runAll();
        assertThat(documents.snapshot(URI)).isEmpty();
        assertThat(analysed).isEmpty();
    }

    @Test
    void withoutAnExecutorTheFirstAskerAnalyses() {
        Documents lazy = new Documents(uri -> {
            analysed.add(uri);
            return ProjectConfig.defaults();
        });
        lazy.open(URI, 1, "-(0010,0010)\n");
        assertThat(analysed).isEmpty();
        lazy.snapshot(URI);
        lazy.snapshot(URI);
        assertThat(analysed).hasSize(1);
    }

    private static TextDocumentContentChangeEvent insert(int line, int character, String text) {
        Position at = new Position(line, character);
        return new TextDocumentContentChangeEvent(new Range(at, at), text);
    }
}
