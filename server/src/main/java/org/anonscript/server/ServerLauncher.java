package org.anonscript.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the server over a pair of streams (stdio) or on a local socket. */
public final class ServerLauncher {

    private ServerLauncher() {
    }

    /** Serves one client over the streams until the connection closes or the client sends exit. */
    public static void serve(InputStream in, OutputStream out) throws InterruptedException, ExecutionException {
        AnonscriptLanguageServer server = new AnonscriptLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        listening.get();
    }

    /** Listens on {@code 127.0.0.1:port} and serves the first client that connects. */
    public static void serveSocket(int port) throws IOException, InterruptedException, ExecutionException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
                Socket client = socket.accept()) {
            serve(client.getInputStream(), client.getOutputStream());
        }
    }
}
