package org.anonscript.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent oracles the dump tests compare against: dcmtk (Debian {@code dcmtk}) and pydicom's
 * sample files (Debian {@code python3-pydicom}). A missing tool fails the test with a message naming it.
 */
final class ExternalTools {
    private ExternalTools() {
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " timed out");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + " (install Debian's "
                    + (command.get(0).startsWith("dcm") ? "dcmtk" : "python3-pydicom") + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String python() {
        String configured = System.getenv("ANONSCRIPT_PYTHON");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** pydicom's sample data folder ({@code pydicom/data}). */
    static Path pydicomData() {
        Result r = run(List.of(python(), "-c",
                "import os, pydicom; print(os.path.join(os.path.dirname(pydicom.__file__), 'data'))"));
        if (r.exitCode() != 0) {
            throw new AssertionError("pydicom is not importable by " + python() + " (install python3-pydicom):\n" + r.err());
        }
        Path dir = Path.of(r.out().strip());
        if (!Files.isDirectory(dir.resolve("test_files"))) {
            throw new AssertionError("pydicom's sample files are missing under " + dir);
        }
        return dir;
    }
}
