package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent oracles of the DICOM tests: dcmtk's {@code dcmdump} and pydicom through the project's
 * {@code dicomdump.py}. A missing tool fails the test with a message naming it; nothing is skipped.
 * {@code ANONSCRIPT_PYTHON} chooses the Python that can import pydicom (default {@code /usr/bin/python3});
 * {@code PYDICOM_DATA} the folder of pydicom's sample files.
 */
final class Oracles {

    private Oracles() {
    }

    static String python() {
        String p = System.getenv("ANONSCRIPT_PYTHON");
        return p != null && !p.isBlank() ? p : "/usr/bin/python3";
    }

    /** pydicom's data folder (test_files, charset_files, palettes). */
    static Path pydicomData() {
        String env = System.getenv("PYDICOM_DATA");
        Path data = Path.of(env != null && !env.isBlank() ? env : "/usr/lib/python3/dist-packages/pydicom/data");
        if (!Files.isDirectory(data.resolve("test_files"))) {
            fail("pydicom's sample files are missing at " + data
                    + " (install Debian's python3-pydicom or set PYDICOM_DATA)");
        }
        return data;
    }

    static Path testFile(String name) {
        return pydicomData().resolve("test_files").resolve(name);
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("oracle", ".out");
            Path err = Files.createTempFile("oracle", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
                p.getOutputStream().close();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("timed out: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                        Files.readString(err, StandardCharsets.ISO_8859_1));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return fail("cannot run " + command.get(0) + " (" + e.getMessage()
                    + "); install it: dcmtk for dcmdump, python3-pydicom for the pydicom oracle");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Whether {@code dcmdump -q} reads the file without error. */
    static boolean dcmdumpAccepts(Path file) {
        return run(List.of("dcmdump", "-q", file.toString())).exitCode() == 0;
    }

    static String dcmdump(Path file) {
        Result r = run(List.of("dcmdump", "-q", "-Un", "+L", "+Qo", file.toString()));
        if (r.exitCode() != 0) {
            fail("dcmdump rejected " + file + ":\n" + r.stderr());
        }
        return r.stdout();
    }

    /** The oracle dumps ({@code dicomdump.py --no-meta}) of many files, computed in one Python process. */
    static List<String> pydicomDumps(List<Path> files) {
        try {
            Path dir = Files.createTempDirectory("oracle");
            Path many = dir.resolve("dicomdump_many.py");
            copyResource("/oracle/dicomdump_many.py", many);
            copyResource("/oracle/dicomdump.py", dir.resolve("dicomdump.py"));
            Path outDir = Files.createDirectory(dir.resolve("out"));
            List<String> command = new ArrayList<>(List.of(python(), many.toString(), outDir.toString()));
            files.forEach(f -> command.add(f.toString()));
            Result r = run(command);
            if (r.exitCode() != 0) {
                fail("the pydicom oracle failed (is pydicom installed for " + python() + "?):\n" + r.stderr());
            }
            List<String> dumps = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path txt = outDir.resolve(i + ".txt");
                dumps.add(Files.exists(txt) ? Files.readString(txt)
                        : "PYDICOM ERROR: " + Files.readString(outDir.resolve(i + ".err")));
            }
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            return dumps;
        } catch (IOException e) {
            return fail("cannot run the pydicom oracle: " + e);
        }
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = Oracles.class.getResourceAsStream(name)) {
            if (in == null) {
                fail("missing test resource " + name);
            }
            Files.copy(in, target);
        }
    }
}
