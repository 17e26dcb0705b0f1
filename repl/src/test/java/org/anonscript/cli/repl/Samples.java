package org.anonscript.cli.repl;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The synthetic samples committed under examples/samples (values as dcmdump shows them: MR PatientName
 * {@code Sample^Mister}, PatientID {@code SAMPLE-MR-001}; CT {@code Sample^Miss}, {@code SAMPLE-CT-002};
 * both StudyDescription {@code Synthetic sample study}).
 */
final class Samples {

    static final Path DIR = Path.of("..", "examples", "samples").toAbsolutePath().normalize();

    private Samples() {
    }

    static Path mr() {
        return file("synthetic-mr.dcm");
    }

    static Path ct() {
        return file("synthetic-ct.dcm");
    }

    private static Path file(String name) {
        Path p = DIR.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("missing sample " + p + " (run the tests from the repl module of a full checkout)");
        }
        return p;
    }
}
