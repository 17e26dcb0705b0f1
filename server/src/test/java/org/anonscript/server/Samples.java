package org.anonscript.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** DICOM sample files shipped by Debian's python3-pydicom (installed by .ci/run). */
final class Samples {

    static final Path TEST_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    private Samples() {
    }

    /** A pydicom test file; fails (never skips) with the package to install when it is missing. */
    static Path file(String name) {
        Path p = TEST_FILES.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("missing " + p + ": install Debian's python3-pydicom (apt-get install python3-pydicom)");
        }
        return p;
    }

    /** CT_small.dcm: PatientName CompressedSamples^CT1, private creator GEMS_IDEN_01 at (0009,0010). */
    static Path ct() {
        return file("CT_small.dcm");
    }
}
