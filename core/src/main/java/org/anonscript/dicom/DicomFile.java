package org.anonscript.dicom;

import java.nio.file.Path;
import java.util.List;

/**
 * A DICOM file as read: the 128-byte preamble (null when the input had none), the file meta group
 * (empty for a bare dataset), the dataset and the transfer syntax of its body.
 * {@code warnings} lists what was accepted although not well-formed (e.g. odd value lengths).
 * Bulk values refer to {@code source}; it must not change while this object is in use.
 */
public record DicomFile(Path source, byte[] preamble, Dataset fileMeta, Dataset dataset,
                        TransferSyntax transferSyntax, List<String> warnings) {

    public DicomFile {
        warnings = List.copyOf(warnings);
    }

    /** Whether the input was a Part 10 file (with file meta information) rather than a bare dataset. */
    public boolean hasFileMeta() {
        return !fileMeta.isEmpty();
    }

    public DicomFile withDataset(Dataset newDataset) {
        return new DicomFile(source, preamble, fileMeta, newDataset, transferSyntax, warnings);
    }

    public DicomFile withFileMeta(Dataset newFileMeta) {
        return new DicomFile(source, preamble, newFileMeta, dataset, transferSyntax, warnings);
    }
}
