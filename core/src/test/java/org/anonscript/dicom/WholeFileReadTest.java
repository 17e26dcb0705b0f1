package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A small file is read with one read and its bulk values stay slices of that array; a large file is read
 * in chunks with its bulk values left in the file. Both paths must give the same dataset and write the
 * same bytes, in the file's own and in another transfer syntax.
 */
class WholeFileReadTest {

    /** Reads whole up to 8 MiB (the default) or never. */
    private static final DicomReader WHOLE = new DicomReader();
    private static final DicomReader CHUNKED = DicomReader.keepingBulkValuesInTheFile();

    @ParameterizedTest
    @ValueSource(strings = {"CT_small.dcm", "MR_small_expb.dcm", "JPEG2000.dcm", "image_dfl.dcm", "rtplan.dcm",
        "SC_rgb_small_odd.dcm", "ExplVR_LitEndNoMeta.dcm", "ExplVR_BigEnd.dcm"})
    void wholeAndChunkedReadsWriteTheSameBytes(String name, @TempDir Path dir) throws Exception {
        Path source = Oracles.testFile(name);
        DicomFile whole = WHOLE.read(source);
        DicomFile chunked = CHUNKED.read(source);
        assertThat(whole.warnings()).isEqualTo(chunked.warnings());
        assertThat(valuesOf(whole.dataset())).isEqualTo(valuesOf(chunked.dataset()));
        for (TransferSyntax ts : List.of(whole.transferSyntax(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN)) {
            if (!ts.encapsulated() && whole.dataset().get(Tag.PIXEL_DATA).orElse(null) instanceof DicomElement.Fragments) {
                continue; // encapsulated pixel data is not transcoded
            }
            Path a = dir.resolve("whole-" + ts.name() + ".dcm");
            Path b = dir.resolve("chunked-" + ts.name() + ".dcm");
            new DicomWriter().write(whole, a, ts);
            new DicomWriter().write(chunked, b, ts);
            assertThat(Files.readAllBytes(a)).as("%s as %s", name, ts.name()).isEqualTo(Files.readAllBytes(b));
        }
    }

    @Test
    void aSmallFilesPixelDataIsASliceAndAnUneditedWriteGivesTheSameFile(@TempDir Path dir) throws Exception {
        Path source = Oracles.testFile("CT_small.dcm");
        DicomFile file = WHOLE.read(source);
        var pixels = (DicomElement.Value) file.dataset().get(Tag.PIXEL_DATA).orElseThrow();
        assertThat(pixels.bytes()).isInstanceOf(Bytes.Slice.class);
        assertThat(pixels.isBulk()).isTrue();
        Path out = dir.resolve("copy.dcm");
        new DicomWriter().write(file, out);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(source));
        // the slice is independent of the file: replacing the source does not change the value
        byte[] before = pixels.toArray();
        Path scratch = dir.resolve("scratch.dcm");
        Files.copy(source, scratch);
        DicomFile fromScratch = WHOLE.read(scratch);
        Files.write(scratch, new byte[10]);
        assertThat(((DicomElement.Value) fromScratch.dataset().get(Tag.PIXEL_DATA).orElseThrow()).toArray()).isEqualTo(before);
    }

    @Test
    void theReaderForLongLivedDatasetsLeavesEvenASmallFilesPixelDataInTheFile() throws Exception {
        DicomFile file = CHUNKED.read(Oracles.testFile("CT_small.dcm"));
        var pixels = (DicomElement.Value) file.dataset().get(Tag.PIXEL_DATA).orElseThrow();
        assertThat(pixels.bytes()).isInstanceOf(Bytes.FileRegion.class);
    }

    @Test
    void aLargeFileKeepsItsBulkValuesInTheFile() throws Exception {
        DicomFile file = new DicomReader(DicomReader.DEFAULT_BULK_THRESHOLD, 1000).read(Oracles.testFile("CT_small.dcm"));
        var pixels = (DicomElement.Value) file.dataset().get(Tag.PIXEL_DATA).orElseThrow();
        assertThat(pixels.bytes()).isInstanceOf(Bytes.FileRegion.class);
    }

    @Test
    void aFileHeldInMemoryReachesTheStreamInOneWrite() throws Exception {
        DicomFile file = WHOLE.read(Oracles.testFile("CT_small.dcm"));
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                writes.add(1);
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(len);
                bytes.write(b, off, len);
            }
        };
        new DicomWriter().write(file, counting, file.transferSyntax());
        assertThat(writes).containsExactly((int) Files.size(Oracles.testFile("CT_small.dcm")));
        assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(Oracles.testFile("CT_small.dcm")));
    }

    @Test
    void aStreamThatItselfWritesDicomDoesNotShareTheWritersBuffer() throws Exception {
        DicomFile ct = WHOLE.read(Oracles.testFile("CT_small.dcm"));
        DicomFile mr = WHOLE.read(Oracles.testFile("MR_small.dcm"));
        byte[] mrAlone = new DicomWriter().toBytes(mr, mr.transferSyntax());
        ByteArrayOutputStream ctBytes = new ByteArrayOutputStream();
        List<byte[]> nested = new ArrayList<>();
        OutputStream encodingAsItWrites = new OutputStream() {
            @Override
            public void write(int b) {
                ctBytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                nested.add(new DicomWriter().toBytes(mr, mr.transferSyntax())); // on the same thread
                ctBytes.write(b, off, len);
            }
        };
        new DicomWriter().write(ct, encodingAsItWrites, ct.transferSyntax());
        assertThat(ctBytes.toByteArray()).isEqualTo(Files.readAllBytes(Oracles.testFile("CT_small.dcm")));
        assertThat(nested).isNotEmpty().allSatisfy(b -> assertThat(b).isEqualTo(mrAlone));
    }

    @Test
    void bigEndianSlicesAreSwappedWhenWrittenLittleEndian() throws Exception {
        DicomFile be = WHOLE.read(Oracles.testFile("MR_small_expb.dcm"));
        DicomFile le = WHOLE.read(Oracles.testFile("MR_small.dcm"));
        byte[] converted = new DicomWriter().toBytes(be, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        DicomFile back = new DicomReader().read(converted, "converted");
        assertThat(((DicomElement.Value) back.dataset().get(Tag.PIXEL_DATA).orElseThrow()).toArray())
                .isEqualTo(((DicomElement.Value) le.dataset().get(Tag.PIXEL_DATA).orElseThrow()).toArray());
    }

    /** Every value element's tag, VR and little-endian bytes, depth first (sequences and fragments included). */
    private static List<String> valuesOf(Dataset d) throws IOException {
        List<String> out = new ArrayList<>();
        for (DicomElement e : d) {
            if (e instanceof DicomElement.Value v) {
                out.add(Tag.toString(v.tag()) + v.vr() + java.util.Arrays.hashCode(v.toArray()) + "/" + v.length());
            } else if (e instanceof DicomElement.Sequence s) {
                out.add(Tag.toString(s.tag()) + s.vr() + " items " + s.items().size());
                for (DicomElement.Item item : s.items()) {
                    out.addAll(valuesOf(item.dataset()));
                }
            } else if (e instanceof DicomElement.Fragments f) {
                for (Bytes fragment : f.fragments()) {
                    out.add(Tag.toString(f.tag()) + " fragment " + java.util.Arrays.hashCode(fragment.toArray(1)));
                }
            }
        }
        return out;
    }
}
