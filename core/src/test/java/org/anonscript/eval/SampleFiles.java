package org.anonscript.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomWriter;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TransferSyntax;
import org.anonscript.dicom.VR;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.seq;

/**
 * The bundled sample files {@code examples/samples/*.dcm}: small synthetic MR and CT images whose
 * names, IDs and UIDs are made up (no real person, no third-party file). {@code SampleFilesTest} checks the
 * committed files are exactly what this class generates; to regenerate them run
 * {@code mvn -q -pl core -am test-compile} and then this class's {@code main} with the repository root as
 * argument (see examples/samples/README.md).
 */
public final class SampleFiles {

    static final String MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4";
    static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";

    private SampleFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (Map.Entry<String, byte[]> e : generate().entrySet()) {
            Files.write(root.resolve("examples/samples").resolve(e.getKey()), e.getValue());
        }
    }

    /** File name → bytes, in a stable order. */
    static Map<String, byte[]> generate() throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("synthetic-mr.dcm", bytes(mr(), MR_IMAGE_STORAGE, "2.25.1001"));
        out.put("synthetic-ct.dcm", bytes(ct(), CT_IMAGE_STORAGE, "2.25.2001"));
        return out;
    }

    static Dataset mr() {
        return common("MR", "Sample^Mister", "SAMPLE-MR-001", "19300615", "2.25.1000", "2.25.1002")
                .with(el("(0008,0016)", MR_IMAGE_STORAGE)).with(el("(0008,0018)", "2.25.1001"))
                .with(el("(0008,103E)", "t1_mprage_sag"))
                .with(el("(0018,0087)", "3"))
                .with(el("(0010,1010)", "095Y"));
    }

    static Dataset ct() {
        return common("CT", "Sample^Miss", "SAMPLE-CT-002", "19851224", "2.25.2000", "2.25.2002")
                .with(el("(0008,0016)", CT_IMAGE_STORAGE)).with(el("(0008,0018)", "2.25.2001"))
                .with(el("(0008,103E)", "chest_ax"))
                .with(el("(0018,0060)", "120"))
                .with(el("(0010,1010)", "040Y"));
    }

    private static Dataset common(String modality, String name, String id, String birthDate, String study,
            String series) {
        int rows = 8;
        int columns = 8;
        byte[] pixels = new byte[rows * columns * 2];
        for (int i = 0; i < rows * columns; i++) {
            pixels[2 * i] = (byte) (i * 3); // a gradient, little endian 16-bit
        }
        return ds(
                el("(0008,0005)", "ISO_IR 100"),
                el("(0008,0020)", "20240315"),
                el("(0008,0030)", "101500"),
                el("(0008,0050)", "ACC" + id.substring(id.length() - 3)),
                el("(0008,0060)", modality),
                el("(0008,0070)", "Example Medical Systems"),
                el("(0008,0080)", "Example General Hospital"),
                el("(0008,0090)", "Referrer^Doctor"),
                el("(0008,1030)", "Synthetic sample study"),
                seq("(0008,1110)", ds(el("(0008,1150)", "1.2.840.10008.3.1.2.3.1"), el("(0008,1155)", "2.25.3000"))),
                el("(0010,0010)", name),
                el("(0010,0020)", id),
                el("(0010,0030)", birthDate),
                el("(0010,0040)", "O"),
                el("(0010,1000)", "OTHER-" + id),
                el("(0010,1040)", "1 Example Street, Nowhere"),
                el("(0019,0010)", "ANONSCRIPT SAMPLE"),
                el("(0019,1001)", VR.LO, "vendor detail"),
                el("(0020,000D)", study),
                el("(0020,000E)", series),
                el("(0020,0010)", "1"),
                el("(0020,0011)", "1"),
                el("(0020,0013)", "1"),
                seq("(0040,0275)", ds(el("(0040,0009)", "SPS-1"), el("(0032,1060)", "Requested procedure"))),
                el("(0028,0002)", "1"),
                el("(0028,0004)", "MONOCHROME2"),
                el("(0028,0010)", VR.US, Integer.toString(rows)),
                el("(0028,0011)", VR.US, Integer.toString(columns)),
                el("(0028,0100)", VR.US, "16"),
                el("(0028,0101)", VR.US, "12"),
                el("(0028,0102)", VR.US, "11"),
                el("(0028,0103)", VR.US, "0"),
                DicomElement.Value.of(Tag.PIXEL_DATA, VR.OW, pixels));
    }

    private static byte[] bytes(Dataset body, String sopClass, String sopInstance) throws IOException {
        TransferSyntax ts = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        Dataset meta = ds(
                DicomElement.Value.of(Tag.FILE_META_GROUP_LENGTH, VR.UL, new byte[4]),
                DicomElement.Value.of(0x00020001, VR.OB, new byte[] {0, 1}),
                el("(0002,0002)", VR.UI, sopClass),
                el("(0002,0003)", VR.UI, sopInstance),
                el("(0002,0010)", VR.UI, ts.uid()),
                el("(0002,0012)", VR.UI, "2.25.42"),
                DicomElement.Value.of(0x00020013, VR.SH, "ANONSCRIPT".getBytes(StandardCharsets.US_ASCII)));
        DicomFile file = new DicomFile(null, new byte[128], meta, body, ts, List.of());
        return new DicomWriter().toBytes(file, ts);
    }
}
