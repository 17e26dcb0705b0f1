package org.anonscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protocol-level smoke test: {@code anonscript lsp} runs as a separate process and is spoken to in raw
 * JSON-RPC with Content-Length framing, as an editor does: initialize → didOpen → diagnostics → hover →
 * completion → runOnSamples → shutdown/exit.
 */
class LspProcessSmokeTest {

    private static final Path CT = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm");

    @TempDir
    Path dir;

    private int nextId = 1;

    @Test
    void editorSessionOverStdio() throws Exception {
        assertThat(CT).as("install Debian's python3-pydicom for the sample file").isRegularFile();
        Files.writeString(dir.resolve(".anonscript.json"), "{\"samples\": [\"" + CT + "\"]}");
        Path script = dir.resolve("site.das");
        String text = "version \"6.1\"\n(0010,0010) := \"ANON\"\n-(0010,0031)\n(0010,0020) := PatientBi";
        Files.writeString(script, text);
        String uri = script.toUri().toString();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "lsp").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream to = process.getOutputStream(); InputStream from = process.getInputStream()) {
            JsonObject init = request(to, from, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}");
            assertThat(init.getAsJsonObject("result").getAsJsonObject("capabilities").get("hoverProvider").getAsBoolean())
                    .isTrue();
            notify(to, "initialized", "{}");
            notify(to, "textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + uri
                    + "\", \"languageId\": \"dicomedit\", \"version\": 1, \"text\": " + quote(text) + "}}");

            JsonObject published = until(from, "textDocument/publishDiagnostics");
            assertThat(published.toString()).contains("DE208");

            JsonObject hover = request(to, from, "textDocument/hover", position(uri, 1, 3));
            assertThat(hover.toString()).contains("PatientName", "CompressedSamples^CT1");

            JsonObject completion = request(to, from, "textDocument/completion", position(uri, 3, 24));
            assertThat(completion.toString()).contains("Patient's Birth Date", "(0010,0030)");

            JsonObject run = request(to, from, "anonscript/runOnSamples", "{\"uri\": \"" + uri + "\"}");
            JsonObject file = run.getAsJsonObject("result").getAsJsonArray("files").get(0).getAsJsonObject();
            assertThat(file.get("outcome").getAsString()).isEqualTo("modified");
            assertThat(file.toString()).contains("\"after\":\"ANON\"", "\"line\":2");

            JsonObject shutdown = request(to, from, "shutdown", "null");
            assertThat(shutdown.has("error")).isFalse();
            notify(to, "exit", "null");
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("server exits after exit").isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    private static String position(String uri, int line, int character) {
        return "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\": {\"line\": " + line + ", \"character\": "
                + character + "}}";
    }

    private static String quote(String s) {
        return new com.google.gson.Gson().toJson(s);
    }

    private JsonObject request(OutputStream to, InputStream from, String method, String params) throws IOException {
        int id = nextId++;
        send(to, "{\"jsonrpc\": \"2.0\", \"id\": " + id + ", \"method\": \"" + method + "\", \"params\": " + params + "}");
        while (true) {
            JsonObject message = read(from);
            if (message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
                assertThat(message.has("error")).as(method + " answered " + message).isFalse();
                return message;
            }
        }
    }

    private static void notify(OutputStream to, String method, String params) throws IOException {
        send(to, "{\"jsonrpc\": \"2.0\", \"method\": \"" + method + "\", \"params\": " + params + "}");
    }

    private static JsonObject until(InputStream from, String method) throws IOException {
        while (true) {
            JsonObject message = read(from);
            if (message.has("method") && message.get("method").getAsString().equals(method)) {
                return message;
            }
        }
    }

    private static void send(OutputStream to, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        to.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        to.write(body);
        to.flush();
    }

    private static JsonObject read(InputStream from) throws IOException {
        int length = -1;
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (true) {
            int b = from.read();
            if (b < 0) {
                throw new IOException("server closed its output");
            }
            header.write(b);
            String h = header.toString(StandardCharsets.US_ASCII);
            if (h.endsWith("\r\n\r\n")) {
                for (String line : h.split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                break;
            }
        }
        byte[] body = from.readNBytes(length);
        JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        return json.getAsJsonObject();
    }
}
