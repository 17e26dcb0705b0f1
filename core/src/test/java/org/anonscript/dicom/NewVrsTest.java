package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * VRs absent from every sample corpus (OD, OL, OV, SV, UV, UC, UR): generated here, written in each
 * native transfer syntax, read back, and checked with dcmdump (which prints each element's VR and value).
 */
class NewVrsTest {

    private static byte[] doubles(double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    private static byte[] ints(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static byte[] longs(long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }

    static final Dataset NEW_VRS = Dataset.of(
            DicomElement.Value.of(0x00660022, VR.OD, doubles(1.5, -2.25)),
            DicomElement.Value.of(0x00660040, VR.OL, ints(1, 70000)),
            DicomElement.Value.of(0x00720081, VR.OV, longs(5, -6)),
            TestFiles.text(0x00720082, VR.SV, "-1\\9223372036854775807"),
            TestFiles.text(0x0008040C, VR.UV, "18446744073709551615"),
            TestFiles.text(0x00080119, VR.UC, "a long code value"),
            TestFiles.text(0x00080120, VR.UR, "urn:oid:1.2.3"));

    @ParameterizedTest
    @ValueSource(strings = {"1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2", "1.2.840.10008.1.2.1.99"})
    void newVrsSurviveWriteAndRead(String tsUid, @TempDir Path dir) throws Exception {
        TransferSyntax ts = TransferSyntax.of(tsUid);
        Path file = dir.resolve("new-vrs.dcm");
        new DicomWriter().write(TestFiles.part10(NEW_VRS, ts), file);

        DicomFile back = new DicomReader().read(file);
        assertThat(back.transferSyntax()).isEqualTo(ts);
        assertThat(back.warnings()).isEmpty();
        for (DicomElement e : NEW_VRS) {
            assertThat(back.dataset().get(e.tag())).as(Tag.toString(e.tag())).hasValue(e);
        }

        String dump = Oracles.dcmdump(file);
        assertThat(dump.lines().map(String::strip).map(l -> l.replaceAll("\\s+#.*", "")).toList()).contains(
                ts.explicitVr() ? "(0008,040c) UV 18446744073709551615"
                        // dcmtk 3.6.7's dictionary (PS3.6 2022b) predates (0008,040C): implicit VR shows the bytes
                        : "(0008,040c) ?? ff\\ff\\ff\\ff\\ff\\ff\\ff\\ff",
                "(0008,0119) UC [a long code value]",
                "(0008,0120) UR [urn:oid:1.2.3]",
                "(0066,0022) OD 1.5\\-2.25",
                "(0066,0040) OL 1\\70000",
                "(0072,0081) OV 5\\18446744073709551610", // dcmtk shows OV unsigned: -6 + 2^64
                "(0072,0082) SV -1\\9223372036854775807");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OD", "OL", "OV", "SV", "UV", "UC", "UR"})
    void theVrTableKnowsTheLongHeaderOfEachNewVr(String vr) {
        assertThat(VR.valueOf(vr).explicitHeaderLength()).isEqualTo(12);
        assertThat(List.of(VR.values())).contains(VR.valueOf(vr));
    }
}
