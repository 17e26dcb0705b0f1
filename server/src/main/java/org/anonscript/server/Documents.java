package org.anonscript.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.anonscript.config.ProjectConfig;
import org.anonscript.script.SourceText;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents: their current text and version (incremental sync), and the snapshot of the
 * latest version. A snapshot is computed as soon as a version arrives, on the analysis executor, so that
 * the work overlaps the diagnostics debounce (and the user's next keystrokes) instead of starting after
 * it; a version that is superseded before its turn comes is never analysed.
 */
public final class Documents {

    /** One version of a document; {@code snapshot} completes with its analysis. */
    private record Open(int version, String text, CompletableFuture<Snapshot> snapshot) {
    }

    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final Function<String, ProjectConfig> configs;
    private final ExecutorService analysis;

    /** Analyses on the caller's thread when a snapshot is first asked for (tests, tools). */
    public Documents(Function<String, ProjectConfig> configs) {
        this(configs, null);
    }

    /** Analyses every new version at once on {@code analysis} (a single thread keeps versions in order). */
    public Documents(Function<String, ProjectConfig> configs, ExecutorService analysis) {
        this.configs = configs;
        this.analysis = analysis;
    }

    public void open(String uri, int version, String text) {
        replace(uri, open.put(uri, start(uri, version, text)));
    }

    public void close(String uri) {
        replace(uri, open.remove(uri));
    }

    public Set<String> uris() {
        return Set.copyOf(open.keySet());
    }

    public Optional<Integer> version(String uri) {
        return Optional.ofNullable(open.get(uri)).map(Open::version);
    }

    /** Applies edits in order; a change without a range replaces the whole text. */
    public void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        Open[] previous = new Open[1];
        open.compute(uri, (k, doc) -> {
            previous[0] = doc;
            String text = doc == null ? "" : doc.text();
            for (TextDocumentContentChangeEvent change : changes) {
                text = apply(text, change);
            }
            return start(uri, version, text);
        });
        replace(uri, previous[0]);
    }

    /** Forgets every snapshot, e.g. after the configuration changed, and analyses again. */
    public void invalidate() {
        for (String uri : uris()) {
            Open[] previous = new Open[1];
            open.computeIfPresent(uri, (k, doc) -> {
                previous[0] = doc;
                return start(uri, doc.version(), doc.text());
            });
            replace(uri, previous[0]);
        }
    }

    /** The snapshot of the current version (waiting for its analysis); empty when the document is not open. */
    public Optional<Snapshot> snapshot(String uri) {
        while (true) {
            Open doc = open.get(uri);
            if (doc == null) {
                return Optional.empty();
            }
            if (!doc.snapshot().isDone() && (analysis == null || analysis.isShutdown())) {
                computeNow(uri, doc); // no executor, or one that will not run queued work any more
            }
            try {
                return Optional.of(doc.snapshot().join());
            } catch (CancellationException e) {
                // superseded while we waited: look again at the newer version
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    private Open start(String uri, int version, String text) {
        Open doc = new Open(version, text, new CompletableFuture<>());
        if (analysis != null) {
            try {
                analysis.execute(() -> computeNow(uri, doc));
            } catch (RejectedExecutionException e) {
                // shutting down: whoever asks computes it on their own thread
            }
        }
        return doc;
    }

    /** Computes the snapshot unless another thread did, or the version was superseded meanwhile. */
    private void computeNow(String uri, Open doc) {
        if (doc.snapshot().isDone()) {
            return;
        }
        try {
            doc.snapshot().complete(new Snapshot(uri, doc.version(), doc.text(), configs.apply(uri)));
        } catch (RuntimeException | Error e) {
            doc.snapshot().completeExceptionally(e);
        }
    }

    /** A superseded version's pending analysis is skipped; anyone waiting for it looks again. */
    private static void replace(String uri, Open previous) {
        if (previous != null && !previous.snapshot().isDone()) {
            previous.snapshot().cancel(false);
        }
    }

    private static String apply(String text, TextDocumentContentChangeEvent change) {
        if (change.getRange() == null) {
            return change.getText();
        }
        SourceText source = new SourceText(text);
        int start = Lsp.offset(source, change.getRange().getStart());
        int end = Lsp.offset(source, change.getRange().getEnd());
        if (end < start) {
            int swap = start;
            start = end;
            end = swap;
        }
        return text.substring(0, start) + change.getText() + text.substring(end);
    }
}
