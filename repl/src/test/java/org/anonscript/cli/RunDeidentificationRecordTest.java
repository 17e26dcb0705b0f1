package org.anonscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomReader;
import org.anonscript.dicom.DicomWriter;
import org.anonscript.dicom.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --record-deidentification} (spec §11.10): XNAT's De-identification Method Code Sequence item per
 * script, checked in the written files with {@code dcmdump} (DCMTK) as the independent reader.
 */
class RunDeidentificationRecordTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final String SITEWIDE_DE4 = EXAMPLES.resolve("xnat-sitewide.das").toString();

    @TempDir
    Path temp;
    Path in;
    Path out;
    Path de6;

    @BeforeEach
    void files() throws IOException {
        in = Files.createDirectories(temp.resolve("in"));
        out = temp.resolve("out");
        Files.copy(EXAMPLES.resolve("samples/synthetic-mr.dcm"), in.resolve("mr.dcm"));
        de6 = Files.writeString(temp.resolve("project.das"), "version \"6.7\"\n(0010,0010) := \"ANON\"\n");
    }

    /** dcmdump's text of a written file; it must read the file without complaint. */
    static String dcmdump(Path file) {
        ExternalTools.Result r = ExternalTools.run(List.of("dcmdump", "-q", "+L", file.toString()));
        assertThat(r.exitCode()).as("dcmdump %s: %s", file, r).isZero();
        return r.out();
    }

    /** The Code Meaning values in dump order. */
    static List<String> meanings(String dump) {
        return values(dump, "(0008,0104) LO");
    }

    static List<String> values(String dump, String tagAndVr) {
        Matcher m = Pattern.compile(Pattern.quote(tagAndVr) + " \\[([^\\]]*)\\]").matcher(dump);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void offByDefaultTheFileHasNoRecord() {
        CliRun run = CliRun.of("run", "--script", de6.toString(), "--output", out.toString(), in.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(dcmdump(out.resolve("mr.dcm"))).doesNotContain("(0012,0064)");
        CliRun dry = CliRun.of("run", "--script", de6.toString(), "--dry-run", "--color", "never", in.toString());
        assertThat(dry.out()).doesNotContain("(0012,0064)").contains("1 change)");
    }

    @Test
    void onEachScriptAddsAnItemNamedForItsDialect() {
        CliRun run = CliRun.of("run", "--script", SITEWIDE_DE4, "--script", de6.toString(), "--var", "project=P",
                "--record-deidentification", "--output", out.toString(), in.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String dump = dcmdump(out.resolve("mr.dcm"));
        assertThat(dump).contains("(0012,0064) SQ");
        assertThat(meanings(dump)).containsExactly("XNAT DicomEdit 4 Script", "XNAT DicomEdit 6 Script");
        assertThat(values(dump, "(0008,0100) SH")).containsExactly("1", "2");
        assertThat(values(dump, "(0008,0102) SH")).containsExactly("XNAT", "XNAT");
        assertThat(values(dump, "(0008,0103) SH")).containsExactly("1.0", "1.0");
        assertThat(dump).as("XNAT does not set Patient Identity Removed").doesNotContain("(0012,0062)");
    }

    @Test
    void scriptIdsBecomeTheCodeValues() {
        CliRun run = CliRun.of("run", "--script", SITEWIDE_DE4, "--script", de6.toString(), "--var", "project=P",
                "--record-deidentification", "--script-id", "17", "--script-id", "4242", "--output", out.toString(),
                in.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(values(dcmdump(out.resolve("mr.dcm")), "(0008,0100) SH")).containsExactly("17", "4242");
    }

    @Test
    void anExistingSequenceIsAppendedTo() throws IOException {
        DicomFile mr = new DicomReader().read(in.resolve("mr.dcm"));
        var item = org.anonscript.dicom.Dataset.of(
                org.anonscript.dicom.ValueText.encode(Tag.parse("(0008,0100)"), org.anonscript.dicom.VR.SH, "113100",
                        org.anonscript.dicom.TextCodec.forDataset(mr.dataset())),
                org.anonscript.dicom.ValueText.encode(Tag.parse("(0008,0104)"), org.anonscript.dicom.VR.LO,
                        "Basic Application Confidentiality Profile", org.anonscript.dicom.TextCodec.forDataset(mr.dataset())));
        new DicomWriter().write(mr.withDataset(mr.dataset().with(
                org.anonscript.dicom.DicomElement.Sequence.of(Tag.parse("(0012,0064)"), List.of(item)))),
                in.resolve("mr.dcm"));
        CliRun run = CliRun.of("run", "--script", de6.toString(), "--record-deidentification", "--output",
                out.toString(), in.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(meanings(dcmdump(out.resolve("mr.dcm"))))
                .containsExactly("Basic Application Confidentiality Profile", "XNAT DicomEdit 6 Script");
    }

    @Test
    void theDryRunDiffAndTheJsonShowTheRecord() {
        CliRun dry = CliRun.of("run", "--script", de6.toString(), "--record-deidentification", "--dry-run", "--color",
                "never", in.toString());
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("+ (0012,0064)").contains("2 changes)");
        CliRun json = CliRun.of("run", "--script", de6.toString(), "--record-deidentification", "--dry-run", "--format",
                "json", in.toString());
        var changes = com.google.gson.JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("files").get(0)
                .getAsJsonObject().getAsJsonArray("changes");
        assertThat(changes.toString()).contains("\"path\":\"(0012,0064)\"");
    }

    @Test
    void aFileTheScriptLeavesAloneIsStillRecordedAndRewrittenInPlace() throws IOException {
        Path nothing = Files.writeString(temp.resolve("nothing.das"), "version \"6.7\"\n(0010,9999) ?= \"x\"\n");
        CliRun run = CliRun.of("run", "--script", nothing.toString(), "--record-deidentification", "--in-place",
                in.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("1 file: 1 modified, 0 unchanged");
        assertThat(meanings(dcmdump(in.resolve("mr.dcm")))).containsExactly("XNAT DicomEdit 6 Script");
    }

    @Test
    void scriptIdsAreCheckedBeforeAnythingRuns() {
        CliRun count = CliRun.of("run", "--script", de6.toString(), "--record-deidentification", "--script-id", "1",
                "--script-id", "2", "--output", out.toString(), in.toString());
        assertThat(count.exitCode()).isEqualTo(2);
        assertThat(count.err()).contains("one per --script");
        CliRun zero = CliRun.of("run", "--script", de6.toString(), "--record-deidentification", "--script-id", "0",
                "--output", out.toString(), in.toString());
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("above 0");
        CliRun alone = CliRun.of("run", "--script", de6.toString(), "--script-id", "3", "--output", out.toString(),
                in.toString());
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--record-deidentification");
        assertThat(out).doesNotExist();
    }
}
