package org.anonscript.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.anonscript.server.ServerLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code anonscript lsp}: the DicomEdit language server, over standard input/output (what editors
 * start) or, with {@code --port}, on a local socket (handy for debugging a client).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the DicomEdit language server (LSP) over stdio, or on a local socket with --port.")
public final class LspCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Listen on 127.0.0.1:N for one client instead of stdio.")
    Integer port;

    @Option(names = "--stdio", description = "Use standard input/output (the default; accepted because clients pass it).")
    boolean stdio;

    @Override
    public Integer call() throws Exception {
        if (port != null) {
            ServerLauncher.serveSocket(port);
            return 0;
        }
        InputStream in = System.in;
        OutputStream out = System.out;
        // stdout carries the protocol: anything else printed by mistake goes to stderr instead
        System.setOut(new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
        ServerLauncher.serve(in, out);
        return 0;
    }
}
