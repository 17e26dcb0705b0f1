package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing in another native transfer syntax keeps the dataset (pydicom oracle; binary values are compared
 * normalised to little endian) and gives files dcmtk reads in the syntax their meta names.
 */
class TransferSyntaxConversionTest {

    static final List<TransferSyntax> NATIVE = List.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);

    @ParameterizedTest
    @ValueSource(strings = {"CT_small.dcm", "MR_small_expb.dcm", "rtplan.dcm", "image_dfl.dcm", "test-SR.dcm", "MR_small.dcm"})
    void everyNativeSyntaxKeepsTheDataset(String name, @TempDir Path dir) throws Exception {
        Path source = Oracles.testFile(name);
        DicomFile read = new DicomReader().read(source);
        List<Path> files = new ArrayList<>(List.of(source));
        for (TransferSyntax ts : NATIVE) {
            Path out = dir.resolve(ts.uid() + ".dcm");
            new DicomWriter().write(read, out, ts);
            files.add(out);
            DicomFile back = new DicomReader().read(out);
            assertThat(back.transferSyntax()).isEqualTo(ts);
            assertThat(Oracles.dcmdump(out)).contains("# Used TransferSyntax: " + dcmtkName(ts));
        }
        List<String> dumps = Oracles.pydicomDumps(files);
        for (int i = 1; i < dumps.size(); i++) {
            TransferSyntax ts = NATIVE.get(i - 1);
            assertThat(pixelVrUnknowable(dumps.get(i), ts)).as(name + " written as " + ts)
                    .isEqualTo(pixelVrUnknowable(dumps.get(0), ts));
        }
    }

    /** Implicit VR cannot say whether pixel data is OB or OW (pydicom assumes OW); the bytes must still match. */
    private static String pixelVrUnknowable(String dump, TransferSyntax ts) {
        return ts.explicitVr() ? dump : dump.replace("(7FE0,0010) OB bytes", "(7FE0,0010) OW bytes");
    }

    private static String dcmtkName(TransferSyntax ts) {
        return switch (ts.uid()) {
            case "1.2.840.10008.1.2" -> "Little Endian Implicit";
            case "1.2.840.10008.1.2.1" -> "Little Endian Explicit";
            case "1.2.840.10008.1.2.2" -> "Big Endian Explicit";
            default -> "Deflated Explicit VR Little Endian";
        };
    }

    @Test
    void compressedPixelDataIsNotTranscoded() throws Exception {
        DicomFile jpeg = new DicomReader().read(Oracles.testFile("JPEG2000.dcm"));
        assertThatThrownBy(() -> new DicomWriter().toBytes(jpeg, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN))
                .isInstanceOf(DicomValueException.class)
                .hasMessageContaining("cannot write encapsulated (compressed) pixel data in Explicit VR Little Endian");
    }

    @Test
    void theFileMetaFollowsTheSopInstanceUid() throws Exception {
        DicomFile read = new DicomReader().read(Oracles.testFile("CT_small.dcm"));
        DicomFile changed = read.withDataset(read.dataset().withText(Tag.SOP_INSTANCE_UID, "2.25.99"));
        DicomFile back = new DicomReader().read(new DicomWriter().toBytes(changed, read.transferSyntax()), "changed");
        assertThat(back.fileMeta().getText(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID)).hasValue("2.25.99");
        assertThat(back.fileMeta().getText(Tag.MEDIA_STORAGE_SOP_CLASS_UID))
                .isEqualTo(read.dataset().getText(Tag.SOP_CLASS_UID));
        assertThat(back.warnings()).as("(0002,0000) was recomputed").isEmpty();
    }
}
