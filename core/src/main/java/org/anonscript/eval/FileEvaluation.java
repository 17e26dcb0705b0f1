package org.anonscript.eval;

import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
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
        Dataset.Builder b = file.dataset().edit();
        for (DicomElement e : file.fileMeta()) {
            b.put(e);
        }
        return b.build();
    }

    /** {@code file} with group 0002 of {@code combined} as its meta and the rest as its data set. */
    public static DicomFile withResult(DicomFile file, Dataset combined) {
        Dataset.Builder meta = Dataset.empty().edit();
        Dataset.Builder body = combined.edit();
        for (DicomElement e : combined.range(Tag.of(0x0002, 0x0000), Tag.of(0x0002, 0xFFFF))) {
            meta.put(e);
            body.remove(e.tag());
        }
        return file.withFileMeta(meta.build()).withDataset(body.build());
    }
}
