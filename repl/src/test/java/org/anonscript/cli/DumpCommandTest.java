package org.anonscript.cli;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code anonscript dump} as a user runs it. */
class DumpCommandTest {
    private static final Path TEST_FILES = ExternalTools.pydicomData().resolve("test_files");
    private static final Path CHARSETS = ExternalTools.pydicomData().resolve("charset_files");

    private static DumpJsonMatchesDcm2jsonTest.Run dump(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "dump";
        System.arraycopy(args, 0, all, 1, args.length);
        return DumpJsonMatchesDcm2jsonTest.Run.of(all);
    }

    @Test
    void textIsOneLinePerElement() {
        var run = dump(TEST_FILES.resolve("CT_small.dcm").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .contains("(0008,0005) CS SpecificCharacterSet [ISO_IR 100]",
                        "(0010,0010) PN PatientName [CompressedSamples^CT1]",
                        "(0028,0010) US Rows 128",
                        "(0009,0010) LO PrivateCreator [GEMS_IDEN_01]",
                        "(0009,1001) LO {GEMS_IDEN_01} [GE_GENESIS_FF]",
                        "(7FE0,0010) OW PixelData AF 00 B4 00 A6 00 8F 00 8B 00 98 00 A7 00 BB 00 … (32768 bytes)")
                .noneMatch(line -> line.startsWith("(0002,"));
    }

    @Test
    void textShowsNestedElementsWithTheirPath() {
        var run = dump(TEST_FILES.resolve("rtplan.dcm").toString());
        assertThat(run.out().lines())
                .contains("(300A,0010) SQ DoseReferenceSequence (2 items)",
                        "(300A,0010)[1]/(300A,0012) IS DoseReferenceNumber [2]");
    }

    @Test
    void textDecodesJapanese() {
        var run = dump(CHARSETS.resolve("chrH32.dcm").toString());
        assertThat(run.out().lines()).contains("(0010,0010) PN PatientName [ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう]");
    }

    @Test
    void unreadableFileIsReportedWithOffsetAndTheOthersAreStillDumped() {
        Path truncated = TEST_FILES.resolve("rtplan_truncated.dcm");
        var run = dump(truncated.toString(), TEST_FILES.resolve("MR_small.dcm").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(truncated.toString(), "offset 2092", "(300A,012C)");
        assertThat(run.out()).contains("(0010,0010) PN PatientName [CompressedSamples^MR1]");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("missing.dcm");
        var run = dump("--format", "json", missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing + ": no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonOfSeveralFilesIsOneObjectKeyedByFile() {
        String ct = TEST_FILES.resolve("CT_small.dcm").toString();
        String mr = TEST_FILES.resolve("MR_small.dcm").toString();
        var run = dump("--format", "json", ct, mr);
        var json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(json.keySet()).containsExactly(ct, mr);
        assertThat(json.getAsJsonObject(mr).getAsJsonObject("00100010").toString())
                .isEqualTo("{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"CompressedSamples^MR1\"}]}");
    }

    @Test
    void bareDatasetWithoutPreambleIsRead(@TempDir Path dir) throws IOException {
        var run = dump(TEST_FILES.resolve("ExplVR_LitEndNoMeta.dcm").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("(0008,0005) CS SpecificCharacterSet [ISO_IR 100]");
    }

    @Test
    void unknownFormatIsAUsageError() {
        var run = dump("--format", "xml", TEST_FILES.resolve("CT_small.dcm").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }
}
