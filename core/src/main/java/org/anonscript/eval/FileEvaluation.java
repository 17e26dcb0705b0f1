package org.anonscript.eval;

import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.Tag;

/**
 * A file's meta group and data set as one dataset for the evaluator (group 0002 is addressable, spec
 * §11.7), and back.
 */
public final class FileEvaluation {

    private FileEvaluation() {
    }

    /** The file meta elements followed by the data set's. */
    public static Dataset combined(DicomFile file) {
        if (file.fileMeta().isEmpty()) {
            return file.dataset();
        }
        return file.dataset().edit().putAll(file.fileMeta()).build();
    }

    /** {@code file} with group 0002 of {@code combined} as its meta and the rest as its data set. */
    public static DicomFile withResult(DicomFile file, Dataset combined) {
        int from = Tag.of(0x0002, 0x0000);
        int to = Tag.of(0x0002, 0xFFFF);
        return file.withFileMeta(combined.onlyRange(from, to)).withDataset(combined.withoutRange(from, to));
    }
}
