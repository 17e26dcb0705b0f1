package org.anonscript.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomWriter;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.TransferSyntax;
import org.anonscript.dicom.ValueText;
import org.anonscript.dicom.VR;

/** Sample DICOM files built in test code: {@code write(dir, "a.dcm", el("(0010,0010)", "Doe^Jane"), seq(…))}. */
final class GeneratedSamples {

    private static final TextCodec ASCII = TextCodec.forTerms(List.of());
    private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private GeneratedSamples() {
    }

    /** An element with the dictionary's VR (LO when the dictionary has none, e.g. private tags). */
    static DicomElement el(String tag, String value) {
        int t = Tag.parse(tag);
        return ValueText.encode(t, ValueText.dictionaryVr(t).orElse(VR.LO), value, ASCII);
    }

    static DicomElement seq(String tag, Dataset... items) {
        return DicomElement.Sequence.of(Tag.parse(tag), List.of(items));
    }

    static Dataset item(DicomElement... elements) {
        return Dataset.of(elements);
    }

    /** A Part 10 file (explicit VR little endian) holding {@code elements} and a SOP class/instance. */
    static Path write(Path dir, String name, DicomElement... elements) {
        String instance = "2.25." + Integer.toUnsignedString(name.hashCode());
        Dataset body = Dataset.of(elements)
                .with(ValueText.encode(Tag.SOP_CLASS_UID, VR.UI, SECONDARY_CAPTURE, ASCII))
                .with(ValueText.encode(Tag.SOP_INSTANCE_UID, VR.UI, instance, ASCII));
        TransferSyntax ts = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        Dataset meta = Dataset.of(
                DicomElement.Value.of(Tag.FILE_META_GROUP_LENGTH, VR.UL, new byte[4]),
                DicomElement.Value.of(0x00020001, VR.OB, new byte[] {0, 1}),
                ValueText.encode(Tag.MEDIA_STORAGE_SOP_CLASS_UID, VR.UI, SECONDARY_CAPTURE, ASCII),
                ValueText.encode(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID, VR.UI, instance, ASCII),
                ValueText.encode(Tag.TRANSFER_SYNTAX_UID, VR.UI, ts.uid(), ASCII));
        Path target = dir.resolve(name);
        try {
            new DicomWriter().write(new DicomFile(null, new byte[128], meta, body, ts, List.of()), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
