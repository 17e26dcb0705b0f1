package org.anonscript.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The real server on piped streams, driven by hand-written JSON-RPC frames: unlike an lsp4j client
 * proxy, this lets a test send {@code $/cancelRequest} for a request it still waits for and read the
 * error the server answers with.
 */
final class RawJsonRpc implements AutoCloseable {

    final AnonscriptLanguageServer server = new AnonscriptLanguageServer(() -> { });
    private final OutputStream toServer;
    private final Map<Integer, BlockingQueue<JsonObject>> responses = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Thread reader;

    RawJsonRpc(JsonElement initializationOptions) {
        try {
            // NIO pipes: java.io's piped streams fail ("Pipe broken") once the last thread that wrote has ended
            Pipe in = Pipe.open();
            Pipe out = Pipe.open();
            InputStream serverIn = Channels.newInputStream(in.source());
            toServer = Channels.newOutputStream(in.sink());
            InputStream fromServer = Channels.newInputStream(out.source());
            OutputStream serverOut = Channels.newOutputStream(out.sink());
            Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
            server.connect(launcher.getRemoteProxy());
            launcher.startListening();
            reader = new Thread(() -> readFrames(fromServer), "raw-json-rpc-reader");
            reader.setDaemon(true);
            reader.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsonObject init = new JsonObject();
        init.add("capabilities", new JsonObject());
        init.add("initializationOptions", initializationOptions == null ? JsonNull.INSTANCE : initializationOptions);
        JsonObject initialized = response(request("initialize", init));
        if (!initialized.has("result")) {
            throw new AssertionError("initialize failed: " + initialized);
        }
        notify("initialized", new JsonObject());
    }

    /** Sends a request; returns its id. */
    int request(String method, JsonElement params) {
        int id = ids.incrementAndGet();
        responses.put(id, new LinkedBlockingQueue<>());
        JsonObject message = message(method, params);
        message.addProperty("id", id);
        send(message);
        return id;
    }

    void notify(String method, JsonElement params) {
        send(message(method, params));
    }

    void cancel(int id) {
        JsonObject params = new JsonObject();
        params.addProperty("id", id);
        notify("$/cancelRequest", params);
    }

    /** The response to request {@code id} (result or error), waiting up to 20 s. */
    JsonObject response(int id) {
        try {
            JsonObject r = responses.get(id).poll(20, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no response to request " + id + " within 20 s");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for request " + id, e);
        }
    }

    void open(String uri, String text) {
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        doc.addProperty("languageId", "dicomedit");
        doc.addProperty("version", 1);
        doc.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", doc);
        notify("textDocument/didOpen", params);
    }

    private static JsonObject message(String method, JsonElement params) {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        m.add("params", params);
        return m;
    }

    private synchronized void send(JsonObject message) {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        try {
            toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(body);
            toServer.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to the server", e);
        }
    }

    /** Content-Length framed messages; responses are filed by id, notifications and server requests dropped. */
    private void readFrames(InputStream in) {
        try {
            while (true) {
                int length = -1;
                String header;
                while (!(header = line(in)).isEmpty()) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).trim());
                    }
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                JsonObject m = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
                if (m.has("id") && !m.has("method")) {
                    BlockingQueue<JsonObject> q = responses.get(m.get("id").getAsInt());
                    if (q != null) {
                        q.add(m);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the pipe closed with the server
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c == -1) {
            throw new IOException("end of stream");
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            response(request("shutdown", JsonNull.INSTANCE));
            notify("exit", JsonNull.INSTANCE);
            toServer.close();
        } catch (IOException | AssertionError e) {
            // the server may already be gone
        }
    }
}
