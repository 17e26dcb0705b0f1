package org.anonscript.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.anonscript.config.ProjectConfig;
import org.anonscript.script.SourceText;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents: their current text and version (incremental sync), and the snapshot of the
 * latest version, computed on first use and kept until the next edit or configuration change.
 */
public final class Documents {

    private record Open(int version, String text, Snapshot snapshot) {
    }

    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final Function<String, ProjectConfig> configs;

    public Documents(Function<String, ProjectConfig> configs) {
        this.configs = configs;
    }

    public void open(String uri, int version, String text) {
        open.put(uri, new Open(version, text, null));
    }

    public void close(String uri) {
        open.remove(uri);
    }

    public Set<String> uris() {
        return Set.copyOf(open.keySet());
    }

    public Optional<Integer> version(String uri) {
        return Optional.ofNullable(open.get(uri)).map(Open::version);
    }

    /** Applies edits in order; a change without a range replaces the whole text. */
    public void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        open.compute(uri, (k, doc) -> {
            String text = doc == null ? "" : doc.text();
            for (TextDocumentContentChangeEvent change : changes) {
                if (change.getRange() == null) {
                    text = change.getText();
                } else {
                    SourceText source = new SourceText(text);
                    int start = Lsp.offset(source, change.getRange().getStart());
                    int end = Lsp.offset(source, change.getRange().getEnd());
                    if (end < start) {
                        int swap = start;
                        start = end;
                        end = swap;
                    }
                    text = text.substring(0, start) + change.getText() + text.substring(end);
                }
            }
            return new Open(version, text, null);
        });
    }

    /** Forgets every snapshot, e.g. after the configuration changed. */
    public void invalidate() {
        open.replaceAll((k, doc) -> new Open(doc.version(), doc.text(), null));
    }

    /** The snapshot of the current version; empty when the document is not open. */
    public Optional<Snapshot> snapshot(String uri) {
        Open doc = open.get(uri);
        if (doc == null) {
            return Optional.empty();
        }
        if (doc.snapshot() != null) {
            return Optional.of(doc.snapshot());
        }
        Snapshot snapshot = new Snapshot(uri, doc.version(), doc.text(), configs.apply(uri));
        // keep it only if nobody edited meanwhile
        open.computeIfPresent(uri, (k, now) -> now.version() == doc.version() && now.text() == doc.text()
                ? new Open(now.version(), now.text(), snapshot) : now);
        return Optional.of(snapshot);
    }
}
