package org.anonscript.dicom;

import java.nio.charset.StandardCharsets;

/** Builds Part 10 files in test code (no opaque binary fixtures). */
final class TestFiles {

    static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private TestFiles() {
    }

    static DicomElement.Value text(int tag, VR vr, String value) {
        return (DicomElement.Value) ValueText.encode(tag, vr, value, TextCodec.forTerms(java.util.List.of()));
    }

    /** A file with a complete meta group for {@code dataset}, to be written in {@code ts}. */
    static DicomFile part10(Dataset dataset, TransferSyntax ts) {
        String instance = "2.25.1234567890";
        Dataset body = dataset.with(text(Tag.SOP_CLASS_UID, VR.UI, SECONDARY_CAPTURE))
                .with(text(Tag.SOP_INSTANCE_UID, VR.UI, instance));
        Dataset meta = Dataset.of(
                DicomElement.Value.of(Tag.FILE_META_GROUP_LENGTH, VR.UL, new byte[4]),
                DicomElement.Value.of(0x00020001, VR.OB, new byte[] {0, 1}),
                text(Tag.MEDIA_STORAGE_SOP_CLASS_UID, VR.UI, SECONDARY_CAPTURE),
                text(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID, VR.UI, instance),
                text(Tag.TRANSFER_SYNTAX_UID, VR.UI, ts.uid()),
                text(0x00020012, VR.UI, "2.25.42"),
                DicomElement.Value.of(0x00020013, VR.SH, "ANONSCRIPT".getBytes(StandardCharsets.US_ASCII)));
        return new DicomFile(null, new byte[128], meta, body, ts, java.util.List.of());
    }
}
