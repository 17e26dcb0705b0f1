package org.anonscript.bench;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.anonscript.server.AnonscriptLanguageServer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Editor latency of the language server on a generated 5,000-line script, measured as a client sees it
 * (real JSON-RPC over piped streams): diagnostics after a one-character edit (time to the published
 * diagnostics minus the 100 ms debounce), hover on a tag, and completion of a one-letter tag prefix
 * (the whole dictionary, 5,000+ entries, is searched). Prints p50/p99 after a warm-up.
 * <pre>
 * mvn -B -q -DskipTests -pl bench/jmh -am package
 * java -cp bench/jmh/target/benchmarks.jar org.anonscript.bench.LspLatency [lines] [iterations]
 * </pre>
 */
public final class LspLatency {

    static final long DEBOUNCE_MS = 100;

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String text = script(lines);
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        LanguageServer server = connect(published);
        String uri = "untitled:bench.das";
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dicomedit", 1, text)));
        published.poll(60, TimeUnit.SECONDS);
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        int middle = text.split("\n", -1).length / 2;
        String[] all = text.split("\n", -1);
        int tagLine = middle;
        while (!all[tagLine].startsWith("(")) {
            tagLine++;
        }
        Position onTag = new Position(tagLine, 3);
        // a new last line holding "-(P": completion there searches every keyword starting with P
        int last = all.length;
        server.getTextDocumentService().didChange(change(uri, 2, new Range(new Position(last - 1, all[last - 1].length()),
                new Position(last - 1, all[last - 1].length())), "\n-(P"));
        published.poll(60, TimeUnit.SECONDS);
        Position completeAt = new Position(last, 3);

        int version = 3;
        long[] diagnostics = new long[iterations];
        long[] total = new long[iterations];
        long[] hover = new long[iterations];
        long[] completion = new long[iterations];
        for (int round = -1; round < 1; round++) { // round -1 warms up
            for (int i = 0; i < iterations; i++) {
                // type one character at the end of a comment-free line, then delete it again next time
                String insert = (version % 2 == 1) ? "0" : "";
                Range at = (version % 2 == 1)
                        ? new Range(new Position(tagLine, all[tagLine].length()), new Position(tagLine, all[tagLine].length()))
                        : new Range(new Position(tagLine, all[tagLine].length()), new Position(tagLine, all[tagLine].length() + 1));
                long start = System.nanoTime();
                server.getTextDocumentService().didChange(change(uri, version, at, insert));
                PublishDiagnosticsParams p;
                do {
                    p = published.poll(60, TimeUnit.SECONDS);
                } while (p != null && p.getVersion() != version);
                long took = System.nanoTime() - start - TimeUnit.MILLISECONDS.toNanos(DEBOUNCE_MS);
                version++;
                hover[i] = time(server.getTextDocumentService().hover(new HoverParams(id, onTag)));
                completion[i] = time(server.getTextDocumentService().completion(new CompletionParams(id, completeAt)));
                diagnostics[i] = took;
                total[i] = took + TimeUnit.MILLISECONDS.toNanos(DEBOUNCE_MS);
            }
        }
        System.out.printf("script: %d lines, %d characters; %d measured iterations after as many warm-up ones%n",
                all.length + 1, text.length(), iterations);
        report("diagnostics after a one-character edit (minus 100 ms debounce)", diagnostics);
        report("  the same, edit to published diagnostics (with the debounce)", total);
        report("hover on a tag", hover);
        report("completion of -(P (dictionary search)", completion);
        // the same work without the protocol and the machine's other load: CPU time of one snapshot
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[Math.min(iterations, 30)];
        for (int i = 0; i < cpu.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            new org.anonscript.server.Snapshot(uri, i, text, org.anonscript.config.ProjectConfig.defaults());
            cpu[i] = threads.getCurrentThreadCpuTime() - start;
        }
        report("CPU time of one re-analysis (lint + variables + index)", cpu);
        server.shutdown().get();
        System.exit(0);
    }

    static String script(int lines) {
        for (int statements = lines; ; statements += lines / 4) {
            String text = ScriptGenerator.generate(statements).text();
            if (text.split("\n", -1).length >= lines) {
                return text;
            }
        }
    }

    private static long time(CompletableFuture<?> request) throws Exception {
        long start = System.nanoTime();
        request.get(60, TimeUnit.SECONDS);
        return System.nanoTime() - start;
    }

    private static DidChangeTextDocumentParams change(String uri, int version, Range range, String text) {
        return new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(range, text)));
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-66s p50 %7.2f ms   p99 %7.2f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
    }

    private static LanguageServer connect(BlockingQueue<PublishDiagnosticsParams> published) throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        AnonscriptLanguageServer server = new AnonscriptLanguageServer(() -> { });
        var serverLauncher = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
        server.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        LanguageClient client = new LanguageClient() {
            @Override
            public void telemetryEvent(Object object) {
            }

            @Override
            public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
                published.add(diagnostics);
            }

            @Override
            public void showMessage(MessageParams messageParams) {
            }

            @Override
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void logMessage(MessageParams message) {
                System.err.println(message.getMessage());
            }
        };
        var clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        clientLauncher.startListening();
        LanguageServer remote = clientLauncher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        remote.initialize(init).get();
        return remote;
    }
}
