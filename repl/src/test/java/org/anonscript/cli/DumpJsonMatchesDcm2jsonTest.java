package org.anonscript.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code anonscript dump --format json} against dcmtk's {@code dcm2json} on every file of pydicom's
 * sample data ({@code test_files} with {@code dicomdirtests}, {@code charset_files}, {@code palettes}).
 * Where dcm2json cannot produce JSON for a file, the reason is documented below and our behaviour for
 * that file is checked another way.
 */
class DumpJsonMatchesDcm2jsonTest {

    /** Why dcm2json gives no JSON for a file. */
    enum Dcm2jsonCannot {
        /** Not a DICOM file at all (text, JSON, gzip): both tools must reject it. */
        NOT_DICOM,
        /** Broken on purpose (data-sources.md): we must reject it naming file and offset. */
        BROKEN,
        /** Encapsulated pixel data: dcm2json refuses InlineBinary for it. We compare every other element
         *  with dcm2json's JSON of a copy whose pixel data dcmodify erased; our pixel data is InlineBinary
         *  of the encapsulated value (a deliberate deviation, see DicomJson). */
        COMPRESSED,
        /** ISO 2022 IR 87 (JIS X 0208), which Debian's dcmtk cannot convert with iconv. The decoded text is
         *  checked against pydicom in core's CharsetFixturesTest; here we check the dump succeeds. */
        JAPANESE_ISO_2022,
    }

    private static final Map<String, Dcm2jsonCannot> DCM2JSON_CANNOT = Map.ofEntries(
            entry("hashes.json", Dcm2jsonCannot.NOT_DICOM),
            entry("urls.json", Dcm2jsonCannot.NOT_DICOM),
            entry("charset_files/FileInfo.txt", Dcm2jsonCannot.NOT_DICOM),
            entry("palettes/README.md", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/README.txt", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/dicomdirtests/README.txt", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/dicomdirtests/TINY_ALPHA/README", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/rtplan.dump", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/rtstruct.dump", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/test1.json", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/test_PN.json", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/zipMR.gz", Dcm2jsonCannot.NOT_DICOM),
            entry("test_files/MR_truncated.dcm", Dcm2jsonCannot.BROKEN),
            entry("test_files/rtplan_truncated.dcm", Dcm2jsonCannot.BROKEN),
            entry("test_files/SC_rgb_jpeg.dcm", Dcm2jsonCannot.BROKEN),
            entry("test_files/no_meta.dcm", Dcm2jsonCannot.BROKEN),
            entry("charset_files/chrH31.dcm", Dcm2jsonCannot.JAPANESE_ISO_2022),
            entry("charset_files/chrH32.dcm", Dcm2jsonCannot.JAPANESE_ISO_2022),
            entry("charset_files/chrJapMulti.dcm", Dcm2jsonCannot.JAPANESE_ISO_2022),
            entry("charset_files/chrJapMultiExplicitIR6.dcm", Dcm2jsonCannot.JAPANESE_ISO_2022),
            entry("charset_files/chrSQEncoding1.dcm", Dcm2jsonCannot.JAPANESE_ISO_2022),
            entry("test_files/J2K_pixelrep_mismatch.dcm", Dcm2jsonCannot.JAPANESE_ISO_2022),
            entry("test_files/693_J2KI.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/GDCMJ2K_TextGBR.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/JPEG-lossy.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/JPEG2000-embedded-sequence-delimiter.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/JPEG2000.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/JPGExtended.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/MR_small_RLE.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/MR_small_jp2klossless.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/MR_small_jpeg_ls_lossless.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_jpeg_no_color_transform.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_jpeg_no_color_transform_2.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_dcmtk_+eb+cr.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_dcmtk_+eb+cy+n1.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_dcmtk_+eb+cy+n2.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_dcmtk_+eb+cy+np.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_dcmtk_+eb+cy+s2.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_dcmtk_+eb+cy+s4.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_gdcm_KY.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_jpeg_app14_dcmd.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_jpeg_dcmtk.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_jpeg_gdcm.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_jpeg_lossy_gdcm.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_rle.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_rle_16bit.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_rle_16bit_2frame.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_rle_2frame.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_rle_32bit.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_rle_32bit_2frame.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/SC_rgb_small_odd_jpeg.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/rtdose_rle.dcm", Dcm2jsonCannot.COMPRESSED),
            entry("test_files/rtdose_rle_1frame.dcm", Dcm2jsonCannot.COMPRESSED));

    /**
     * Elements where we deliberately differ from dcm2json, per file, with the reason. Each listed path
     * must really differ (so the list cannot go stale) and nothing else may.
     */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "charset_files/chrSQEncoding.dcm", Map.of("00321064[0].00100010[0]",
                    "the item declares its own (0008,0005) ISO 2022 IR 13\\ISO 2022 IR 87; dcmtk skips conversion "
                            + "because the dataset is already ISO_IR 192 and prints the item's raw bytes, escape "
                            + "sequences included. We decode the item with its own character set, as PS3.3 "
                            + "C.12.1.1.2 says and pydicom does (checked in core's CharsetFixturesTest)."));

    private static final Path DATA = ExternalTools.pydicomData();

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".py") && !p.toString().contains("__pycache__"))
                    .map(p -> DATA.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList().stream();
        }
    }

    @Test
    void corpusIsTheWholeSampleData() throws IOException {
        assertThat(corpus().filter(f -> f.startsWith("test_files/dicomdirtests/"))).hasSizeGreaterThan(40);
        assertThat(corpus().filter(f -> f.startsWith("palettes/"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(corpus().filter(f -> f.startsWith("charset_files/") && f.endsWith(".dcm"))).hasSize(17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void jsonDumpEqualsDcm2json(String file) throws IOException {
        Path path = DATA.resolve(file);
        ExternalTools.Result dcm2json = ExternalTools.run(List.of("dcm2json", path.toString()));
        Run ours = Run.of("dump", "--format", "json", path.toString());
        if (dcm2json.exitCode() == 0) {
            assertThat(DCM2JSON_CANNOT).as("documented as unreadable by dcm2json but it reads it").doesNotContainKey(file);
            assertThat(ours.exitCode()).as(ours.toString()).isZero();
            List<String> differences = JsonModelComparison.differences(parse(dcm2json.out()), parse(ours.out()));
            Map<String, String> deviations = DEVIATIONS.getOrDefault(file, Map.of());
            for (String deviating : deviations.keySet()) {
                assertThat(differences).as("documented deviation %s in %s", deviating, file)
                        .anyMatch(d -> d.startsWith(deviating + ":"));
            }
            assertThat(differences).as(file)
                    .filteredOn(d -> deviations.keySet().stream().noneMatch(deviating -> d.startsWith(deviating + ":")))
                    .isEmpty();
            return;
        }
        Dcm2jsonCannot reason = DCM2JSON_CANNOT.get(file);
        assertThat(reason).as("dcm2json fails on %s without a documented reason:%n%s", file, dcm2json.err()).isNotNull();
        switch (reason) {
            case NOT_DICOM, BROKEN -> {
                assertThat(ours.exitCode()).as(ours.toString()).isEqualTo(2);
                assertThat(ours.err()).contains(path.toString()).containsIgnoringCase("offset");
            }
            case JAPANESE_ISO_2022 -> {
                assertThat(ours.exitCode()).as(ours.toString()).isZero();
                assertThat(parse(ours.out()).has("00080005")).isTrue();
            }
            case COMPRESSED -> compareWithoutPixelData(path, ours);
        }
    }

    @TempDir
    Path temp;

    private void compareWithoutPixelData(Path file, Run ours) throws IOException {
        assertThat(ours.exitCode()).as(ours.toString()).isZero();
        JsonObject actual = parse(ours.out());
        assertThat(actual.getAsJsonObject("7FE00010").has("InlineBinary")).isTrue();
        actual.remove("7FE00010");
        // dcmodify drops Data Set Trailing Padding when it writes the copy, so it cannot be compared
        actual.remove("FFFCFFFC");
        Path copy = temp.resolve("copy.dcm");
        Files.copy(file, copy);
        ExternalTools.Result erase = ExternalTools.run(List.of("dcmodify", "-nb", "-ea", "(7fe0,0010)", copy.toString()));
        assertThat(erase.exitCode()).as("dcmodify: %s", erase.err()).isZero();
        ExternalTools.Result dcm2json = ExternalTools.run(List.of("dcm2json", copy.toString()));
        assertThat(dcm2json.exitCode()).as("dcm2json on the copy without pixel data: %s", dcm2json.err()).isZero();
        assertThat(JsonModelComparison.differences(parse(dcm2json.out()), actual)).as(file.toString()).isEmpty();
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** One in-process run of the {@code anonscript} command with its exit code and captured output. */
    record Run(int exitCode, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exitCode = commandLine.execute(args);
            return new Run(exitCode, out.toString(), err.toString());
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + (out.length() > 2000 ? out.substring(0, 2000) + "…" : out)
                    + "--- stderr\n" + err;
        }
    }
}
