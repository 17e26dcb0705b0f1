package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the reader recognises: encodings of bare datasets, UN sequences, bulk values, fragments. */
class ReaderFeaturesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ExplVR_LitEndNoMeta.dcm   | 1.2.840.10008.1.2.1    | false
            ExplVR_BigEndNoMeta.dcm   | 1.2.840.10008.1.2.2    | false
            rtstruct.dcm              | 1.2.840.10008.1.2      | false
            meta_missing_tsyntax.dcm  | 1.2.840.10008.1.2      | true
            CT_small.dcm              | 1.2.840.10008.1.2.1    | true
            MR_small_expb.dcm         | 1.2.840.10008.1.2.2    | true
            image_dfl.dcm             | 1.2.840.10008.1.2.1.99 | true
            JPEG2000.dcm              | 1.2.840.10008.1.2.4.91 | true
            """)
    void detectsTheEncoding(String name, String tsUid, boolean hasMeta) throws Exception {
        DicomFile file = new DicomReader().read(Oracles.testFile(name));
        assertThat(file.transferSyntax().uid()).isEqualTo(tsUid);
        assertThat(file.hasFileMeta()).isEqualTo(hasMeta);
        // dcmdump agrees on the syntax of the dataset
        String dcmtk = switch (tsUid) {
            case "1.2.840.10008.1.2" -> "Little Endian Implicit";
            case "1.2.840.10008.1.2.1" -> "Little Endian Explicit";
            case "1.2.840.10008.1.2.2" -> "Big Endian Explicit";
            case "1.2.840.10008.1.2.1.99" -> "Deflated Explicit VR Little Endian";
            default -> "JPEG 2000 (Lossless or Lossy)";
        };
        assertThat(Oracles.dcmdump(Oracles.testFile(name))).contains("# Used TransferSyntax: " + dcmtk);
    }

    @Test
    void undefinedLengthUnIsReadAsAnImplicitVrSequenceAndKeptAsUn() throws Exception {
        DicomFile file = new DicomReader().read(Oracles.testFile("UN_sequence.dcm"));
        var un = (DicomElement.Sequence) file.dataset().get(0x4453100C).orElseThrow();
        assertThat(un.vr()).isEqualTo(VR.UN);
        assertThat(un.undefinedLength()).isTrue();
        var inner = (DicomElement.Sequence) un.items().get(0).dataset().get(0x00081115).orElseThrow();
        assertThat(inner.vr()).isEqualTo(VR.SQ);
        assertThat(Oracles.dcmdump(Oracles.testFile("UN_sequence.dcm")))
                .contains("(4453,100c) SQ (Sequence with undefined length #=1)")
                .contains("(0008,1115) SQ (Sequence with undefined length #=1)");
    }

    @Test
    void encapsulatedPixelDataKeepsItsFragmentsOpaque() throws Exception {
        DicomFile file = new DicomReader().read(Oracles.testFile("JPEG2000.dcm"));
        var pixels = (DicomElement.Fragments) file.dataset().get(Tag.PIXEL_DATA).orElseThrow();
        assertThat(pixels.fragments()).allMatch(f -> f instanceof Bytes.Slice || f.length() == 0);
        long items = Oracles.dcmdump(Oracles.testFile("JPEG2000.dcm")).lines()
                .filter(l -> l.contains("(fffe,e000) pi")).count();
        assertThat(pixels.fragments()).hasSize((int) items);
    }

    @Test
    void valuesOverTheThresholdStayInTheFileAndAreCopiedExactly(@TempDir Path dir) throws Exception {
        Path source = Oracles.testFile("CT_small.dcm");
        DicomFile small = new DicomReader(16).read(source);
        long bulk = small.dataset().elements().stream()
                .filter(e -> e instanceof DicomElement.Value v && v.isBulk()).count();
        long longer = small.dataset().elements().stream()
                .filter(e -> e instanceof DicomElement.Value v && v.length() > 16).count();
        assertThat(bulk).isEqualTo(longer).isGreaterThan(3);
        Path out = dir.resolve("out.dcm");
        new DicomWriter().write(small, out);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(source));
        // the same file read from memory holds every value inline and equals the file-backed one value by value
        DicomFile inMemory = new DicomReader(16).read(Files.readAllBytes(source), "CT_small.dcm");
        for (DicomElement e : small.dataset()) {
            if (e instanceof DicomElement.Value v) {
                var m = (DicomElement.Value) inMemory.dataset().get(v.tag()).orElseThrow();
                assertThat(m.isBulk()).isFalse();
                assertThat(m.toArray()).isEqualTo(v.toArray());
            }
        }
    }

    @Test
    void bigEndianBulkValuesAreSwappedWhenLoadedOrConverted(@TempDir Path dir) throws Exception {
        DicomFile be = new DicomReader(16).read(Oracles.testFile("MR_small_expb.dcm"));
        DicomFile le = new DicomReader().read(Oracles.testFile("MR_small.dcm"));
        var bePixels = (DicomElement.Value) be.dataset().get(Tag.PIXEL_DATA).orElseThrow();
        var lePixels = (DicomElement.Value) le.dataset().get(Tag.PIXEL_DATA).orElseThrow();
        assertThat(bePixels.isBulk()).isTrue();
        assertThat(bePixels.toArray()).isEqualTo(lePixels.toArray());
    }

    @Test
    void writesReplaceTheTargetOnlyWhenComplete(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("target.dcm");
        Files.writeString(target, "old content");
        DicomFile jpeg = new DicomReader().read(Oracles.testFile("JPEG2000.dcm"));
        // compressed pixel data cannot be written uncompressed: the failed write leaves no trace
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new DicomWriter().write(jpeg, target, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN))
                .isInstanceOf(DicomValueException.class);
        assertThat(Files.readString(target)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("target.dcm");
        }
    }
}
