package org.anonscript.dicom;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs pydicom as an independent oracle. The interpreter is {@code $ANONSCRIPT_PYTHON}, else Debian's
 * {@code /usr/bin/python3} (where {@code python3-pydicom} installs), else {@code python3}; it must have pydicom importable (Debian: {@code python3-pydicom}). A missing
 * interpreter or pydicom fails the calling test with a message saying so.
 */
final class PydicomOracle {
    private PydicomOracle() {
    }

    static String python() {
        String configured = System.getenv("ANONSCRIPT_PYTHON");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** pydicom's bundled test data folder ({@code pydicom/data}). */
    static Path dataDirectory() {
        String out = run(List.of(python(), "-c",
                "import os, pydicom; print(os.path.join(os.path.dirname(pydicom.__file__), 'data'))")).strip();
        Path dir = Path.of(out);
        if (!Files.isDirectory(dir.resolve("charset_files"))) {
            throw new AssertionError("pydicom's test data is missing under " + dir
                    + " (install Debian's python3-pydicom, which ships charset_files and test_files)");
        }
        return dir;
    }

    /** Runs a script from test resources ({@code oracle/NAME}) with the given arguments and parses its JSON output. */
    static JsonObject runScript(String name, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(python());
        command.add(resource("oracle/" + name).toString());
        command.addAll(arguments);
        return JsonParser.parseString(run(command)).getAsJsonObject();
    }

    static Path resource(String name) {
        try {
            return Path.of(PydicomOracle.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("test resource " + name + " not found", e);
        }
    }

    static String run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0)
                    + ": install Python 3 with pydicom (Debian: python3-pydicom) or set ANONSCRIPT_PYTHON", e);
        }
        try {
            var stdout = process.getInputStream().readAllBytes();
            var stderr = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (is pydicom installed?):\n"
                        + new String(stderr, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("running " + command + " failed", e);
        }
    }
}
