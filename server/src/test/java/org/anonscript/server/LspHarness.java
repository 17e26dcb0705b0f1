package org.anonscript.server;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server and a test client connected by lsp4j launchers over piped streams: every request in
 * the tests is serialised to JSON-RPC and back, as in an editor.
 */
final class LspHarness implements AutoCloseable {

    /** What the server sent the client. */
    static final class TestClient implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
        final List<MessageParams> logs = new CopyOnWriteArrayList<>();

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams params) {
            logs.add(params);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
            logs.add(params);
        }
    }

    /** The remote server with the custom request. */
    interface RemoteServer extends LanguageServer, AnonscriptProtocol {
    }

    final AnonscriptLanguageServer server = new AnonscriptLanguageServer(() -> { });
    final TestClient client = new TestClient();
    final RemoteServer remote;
    private final AtomicInteger documents = new AtomicInteger();

    LspHarness() {
        this(null);
    }

    LspHarness(Object initializationOptions) {
        try {
            PipedInputStream serverIn = new PipedInputStream(1 << 20);
            PipedOutputStream clientOut = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 20);
            PipedOutputStream serverOut = new PipedOutputStream(clientIn);
            Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
            server.connect(serverLauncher.getRemoteProxy());
            serverLauncher.startListening();
            Launcher<RemoteServer> clientLauncher = new Launcher.Builder<RemoteServer>()
                    .setLocalService(client).setRemoteInterface(RemoteServer.class)
                    .setInput(clientIn).setOutput(clientOut).create();
            clientLauncher.startListening();
            remote = clientLauncher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setInitializationOptions(initializationOptions);
            get(remote.initialize(init));
            remote.initialized(new InitializedParams());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a document with a fresh URI (no configuration file applies to {@code untitled:} URIs). */
    String open(String text) {
        return open("untitled:test" + documents.incrementAndGet() + ".das", text);
    }

    String open(String uri, String text) {
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "dicomedit", 1, text)));
        return uri;
    }

    static TextDocumentIdentifier id(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    /** The next diagnostics published for {@code uri} (skipping other documents'). */
    PublishDiagnosticsParams nextDiagnostics(String uri) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                PublishDiagnosticsParams p = client.diagnostics.poll(100, TimeUnit.MILLISECONDS);
                if (p != null && p.getUri().equals(uri)) {
                    return p;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no diagnostics published for " + uri);
    }

    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            remote.shutdown().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the server may already be gone
        }
        remote.exit();
    }

    /** Text with a {@code |} cursor marker. */
    record Cursor(String text, int offset, Position position) {
        static Cursor of(String marked) {
            int at = marked.indexOf('|');
            if (at < 0) {
                throw new IllegalArgumentException("no | in " + marked);
            }
            String text = marked.substring(0, at) + marked.substring(at + 1);
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Cursor(text, at, new Position(line, at - lineStart));
        }
    }

    static Map<String, Object> map(Object... kv) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
