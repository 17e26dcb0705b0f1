package org.anonscript.dicom;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text listing of {@code anonscript dump}: one line per element. */
class DatasetTextTest {
    private static final DatasetText TEXT = new DatasetText(Dictionary.standard());

    private static DicomElement.Value text(int tag, VR vr, String value) {
        return DicomElement.Value.of(tag, vr, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<String> lines(DicomElement... elements) {
        return TEXT.lines(Dataset.of(elements));
    }

    @Test
    void textValue() {
        assertThat(lines(text(0x00100010, VR.PN, "Doe^John"))).containsExactly("(0010,0010) PN PatientName [Doe^John]");
    }

    @Test
    void multipleValuesArePaddedPerValue() {
        assertThat(lines(text(0x00080008, VR.CS, "ORIGINAL\\PRIMARY "))).containsExactly("(0008,0008) CS ImageType [ORIGINAL\\PRIMARY]");
    }

    @Test
    void emptyValue() {
        assertThat(lines(text(0x00080050, VR.SH, ""))).containsExactly("(0008,0050) SH AccessionNumber (empty)");
    }

    @Test
    void decodedWithTheCharacterSet() {
        assertThat(lines(text(0x00080005, VR.CS, "ISO_IR 100"), text(0x00100010, VR.PN, "Buc^J\u00e9r\u00f4me")))
                .containsExactly("(0008,0005) CS SpecificCharacterSet [ISO_IR 100]", "(0010,0010) PN PatientName [Buc^Jérôme]");
    }

    @Test
    void longTextIsCutWithItsLength() {
        String long100 = "x".repeat(100);
        assertThat(lines(text(0x00204000, VR.LT, long100)))
                .containsExactly("(0020,4000) LT ImageComments [" + "x".repeat(64) + "…] (100 bytes)");
    }

    @Test
    void binaryNumbers() {
        assertThat(lines(DicomElement.Value.of(0x00280010, VR.US, new byte[] {0, 2})))
                .containsExactly("(0028,0010) US Rows 512");
    }

    @Test
    void manyNumbersAreCut() {
        assertThat(lines(DicomElement.Value.of(0x00281201, VR.OW, new byte[40])))
                .containsExactly("(0028,1201) OW RedPaletteColorLookupTableData 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 … (40 bytes)");
        assertThat(lines(DicomElement.Value.of(0x00280010, VR.US, new byte[40])))
                .containsExactly("(0028,0010) US Rows 0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0… (20 values, 40 bytes)");
    }

    @Test
    void shortBinaryShowsAllBytesAndLength() {
        assertThat(lines(DicomElement.Value.of(0x00020001, VR.OB, new byte[] {0, 1})))
                .containsExactly("(0002,0001) OB FileMetaInformationVersion 00 01 (2 bytes)");
    }

    @Test
    void attributeTag() {
        assertThat(lines(DicomElement.Value.of(0x00280009, VR.AT, new byte[] {0x54, 0, 0x10, 0})))
                .containsExactly("(0028,0009) AT FrameIncrementPointer (0054,0010)");
    }

    @Test
    void sequenceItemsGetPathsInDicomEditSyntax() {
        Dataset item = Dataset.of(text(0x00081150, VR.UI, "1.2.840.10008.5.1.4.1.1.2"));
        assertThat(lines(DicomElement.Sequence.of(0x00081115, List.of(item, item))))
                .containsExactly("(0008,1115) SQ ReferencedSeriesSequence (2 items)",
                        "(0008,1115)[0]/(0008,1150) UI ReferencedSOPClassUID [1.2.840.10008.5.1.4.1.1.2]",
                        "(0008,1115)[1]/(0008,1150) UI ReferencedSOPClassUID [1.2.840.10008.5.1.4.1.1.2]");
    }

    @Test
    void privateElementsNameTheirCreator() {
        assertThat(lines(text(0x00090010, VR.LO, "GEMS_IDEN_01"), text(0x00091001, VR.LO, "GE_GENESIS_FF ")))
                .containsExactly("(0009,0010) LO PrivateCreator [GEMS_IDEN_01]", "(0009,1001) LO {GEMS_IDEN_01} [GE_GENESIS_FF]");
    }
}
