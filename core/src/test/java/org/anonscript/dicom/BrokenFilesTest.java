package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The files of pydicom's data that are broken on purpose (data-sources.md). dcmtk rejects all five, so
 * anonscript does too, with the file, the byte offset and the element in the message. The one file that
 * both dcmtk and pydicom read leniently despite a truncation (DICOMDIR-nooffset) is read with a warning.
 */
class BrokenFilesTest {

    private static DicomFormatException readError(String name) {
        Path file = Oracles.testFile(name);
        assertThat(Oracles.dcmdumpAccepts(file)).as("dcmtk rejects " + name + " as well").isFalse();
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class, () -> new DicomReader().read(file));
        assertThat(e).as(name + " gives a DicomFormatException").isNotNull();
        assertThat(e.getMessage()).startsWith(file.toString() + ": at byte offset " + e.offset());
        return e;
    }

    private static String dcmtkErrors(String name) {
        Oracles.Result r = Oracles.run(List.of("dcmdump", Oracles.testFile(name).toString()));
        return r.stderr() + r.stdout();
    }

    @Test
    void truncatedPixelDataIsAnErrorAtItsHeader() throws Exception {
        DicomFormatException e = readError("MR_truncated.dcm");
        assertThat(e.tag()).isEqualTo(Tag.PIXEL_DATA);
        assertThat(dcmtkErrors("MR_truncated.dcm")).contains("(7fe0,0010) larger (8192)");
        // the 12-byte explicit VR header starts at the offset; the value would need 8192 bytes after it
        long size = Files.size(Oracles.testFile("MR_truncated.dcm"));
        assertThat(e.getMessage()).contains("value of 8192 bytes but only " + (size - e.offset() - 12) + " bytes remain");
    }

    @Test
    void truncatedPlanIsAnErrorAtTheValueCutShort() {
        // BeamSequence (300A,00B0) claims more bytes than remain; like dcmtk we read its complete elements
        // and stop at the first value that is cut short: IsocenterPosition (300A,012C), 50 bytes, 29 left.
        DicomFormatException e = readError("rtplan_truncated.dcm");
        assertThat(e.tag()).isEqualTo(0x300A012C);
        assertThat(e.getMessage()).contains("value of 50 bytes but only 29 bytes remain");
        assertThat(dcmtkErrors("rtplan_truncated.dcm")).contains("(300a,012c) larger (50) than remaining bytes (29)");
    }

    @Test
    void implicitDataUnderAnExplicitTransferSyntaxIsAnError() {
        // pydicom guesses implicit VR here; dcmtk fails. We fail at the first element of the body.
        DicomFormatException e = readError("SC_rgb_jpeg.dcm");
        assertThat(e.tag()).isEqualTo(0x00080008);
        assertThat(e.getMessage()).contains("invalid VR bytes").contains("implicit VR");
        assertThat(dcmtkErrors("SC_rgb_jpeg.dcm")).contains("parsing element (0008,0008)");
    }

    @Test
    void aStrayLeadingByteMakesTheFirstElementAbsurd() {
        DicomFormatException e = readError("no_meta.dcm");
        assertThat(e.offset()).isZero();
        assertThat(e.tag()).isEqualTo(0x08200500);
        assertThat(e.getMessage()).contains("value of 173228800 bytes");
        assertThat(dcmtkErrors("no_meta.dcm")).contains("(0820,0500) larger (173228800)");
    }

    @Test
    void gzipIsRecognisedAndNamed() {
        DicomFormatException e = readError("zipMR.gz");
        assertThat(e.offset()).isZero();
        assertThat(e.getMessage()).contains("gzip-compressed");
    }

    @Test
    void aDirectoryWhoseLastItemOverrunsTheFileIsReadWithAWarningAsDcmtkAndPydicomDo() throws Exception {
        Path file = Oracles.testFile("dicomdirtests/DICOMDIR-nooffset");
        assertThat(Oracles.dcmdumpAccepts(file)).isTrue();
        DicomFile read = new DicomReader().read(file);
        assertThat(read.warnings()).containsExactly("truncated: the item of (0004,1220) at offset 10860 claims 248 bytes"
                + " but the input ends after 224; its complete elements are kept");
        var records = (DicomElement.Sequence) read.dataset().get(0x00041220).orElseThrow();
        // the last record still has all eight elements dcmdump shows for it
        assertThat(records.items().get(records.items().size() - 1).dataset().size()).isEqualTo(8);
    }

    @Test
    void aValueCutShortInsideAnItemIsAnErrorEvenInMemory() throws Exception {
        byte[] whole = Files.readAllBytes(Oracles.testFile("CT_small.dcm"));
        byte[] cut = java.util.Arrays.copyOf(whole, 1000);
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class,
                () -> new DicomReader().read(cut, "cut.dcm"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("cut.dcm: at byte offset ").contains("truncated");
    }

    @Test
    void emptyInputIsAnError() {
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class,
                () -> new DicomReader().read(new byte[0], "empty.dcm"));
        assertThat(e.getMessage()).startsWith("empty.dcm: at byte offset 0");
    }
}
