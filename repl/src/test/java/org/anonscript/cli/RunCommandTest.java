package org.anonscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.anonscript.dicom.DicomFile;
import org.anonscript.dicom.DicomReader;
import org.anonscript.dicom.DicomWriter;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.Uids;
import org.anonscript.dicom.ValueText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anonscript run} end to end on the bundled synthetic samples (examples/samples). */
class RunCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final String SITEWIDE = EXAMPLES.resolve("xnat-sitewide.das").toString();
    static final String PROJECT = EXAMPLES.resolve("xnat-project.das").toString();

    @TempDir
    Path temp;
    Path in;
    Path out;

    @BeforeEach
    void copySamples() throws IOException {
        in = Files.createDirectories(temp.resolve("in/scans"));
        out = temp.resolve("out");
        Files.copy(EXAMPLES.resolve("samples/synthetic-mr.dcm"), in.resolve("mr.dcm"));
        Files.copy(EXAMPLES.resolve("samples/synthetic-ct.dcm"), in.resolve("ct.dcm"));
    }

    static String value(Path file, String tag) throws IOException {
        DicomFile f = new DicomReader().read(file);
        var all = org.anonscript.eval.FileEvaluation.combined(f);
        return all.get(org.anonscript.dicom.Tag.parse(tag)).map(e -> ValueText.read(e, TextCodec.forDataset(all)))
                .orElse(null);
    }

    private CliRun xnat(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--script", SITEWIDE, "--script", PROJECT,
                "--var", "project=XNAT_2016", "--var", "subject=subj190", "--output", out.toString()));
        args.addAll(List.of(extra));
        args.add(in.resolve("mr.dcm").toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void xnatSitewideThenProjectScriptOnAnMrFile() throws IOException {
        CliRun run = xnat();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path result = out.resolve("mr.dcm");
        assertThat(value(result, "(0010,0030)")).isNull();
        assertThat(value(result, "(0012,0063)")).isEqualTo("My XNAT sitewide anon script v01");
        assertThat(value(result, "(0020,000D)")).isEqualTo(Uids.hashUid("2.25.1000"));
        assertThat(value(result, "(0008,1030)")).isEqualTo("XNAT_2016");
        assertThat(value(result, "(0010,0010)")).isEqualTo("subj190");
        assertThat(value(result, "(0010,0020)")).isEqualTo("subj190_v00_mr");
        assertThat(ExternalTools.run(List.of("dcmdump", "-q", result.toString())).exitCode()).isZero();
    }

    @Test
    void hashUidIsTheSameOnEveryRun() throws IOException {
        xnat();
        String first = value(out.resolve("mr.dcm"), "(0020,000D)");
        xnat();
        assertThat(value(out.resolve("mr.dcm"), "(0020,000D)")).isEqualTo(first);
    }

    @Test
    void aBoundSessionWins() throws IOException {
        assertThat(xnat("--var", "session=S1").exitCode()).isZero();
        assertThat(value(out.resolve("mr.dcm"), "(0010,0020)")).isEqualTo("S1");
    }

    @Test
    void existingSessionsMoveTheIndexOn() throws IOException {
        Path existing = Files.writeString(temp.resolve("sessions.txt"), "subj190_v00_mr\n");
        assertThat(xnat("--existing-sessions", existing.toString()).exitCode()).isZero();
        assertThat(value(out.resolve("mr.dcm"), "(0010,0020)")).isEqualTo("subj190_v01_mr");
    }

    @Test
    void varsFileBindsLikeVar() throws IOException {
        Path vars = Files.writeString(temp.resolve("vars.txt"), "# XNAT\nproject=FROM_FILE\nsession=S2\n");
        CliRun run = CliRun.of("run", "--script", SITEWIDE, "--script", PROJECT, "--vars", vars.toString(),
                "--var", "subject=subj190", "--output", out.toString(), in.resolve("mr.dcm").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(value(out.resolve("mr.dcm"), "(0008,1030)")).isEqualTo("FROM_FILE");
        assertThat(value(out.resolve("mr.dcm"), "(0010,0020)")).isEqualTo("S2");
    }

    /** Path → (bytes, modification time) of every file under {@code root}. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> map = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                FileTime time = Files.getLastModifiedTime(p);
                map.put(root.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)) + "@" + time.toMillis()
                        + "/" + Files.size(p));
            }
        }
        return map;
    }

    @Test
    void inputsAreNeverModifiedWithoutInPlace() throws IOException {
        Path root = temp.resolve("in");
        Files.setLastModifiedTime(in.resolve("mr.dcm"), FileTime.fromMillis(1_000_000_000_000L));
        Map<String, String> before = snapshot(root);
        String script = temp.resolve("edit.das").toString();
        Files.writeString(Path.of(script), "version \"6.6\"\n(0010,0010) := \"X\"\n");
        assertThat(CliRun.of("run", "--script", script, "--output", out.toString(), root.toString()).exitCode()).isZero();
        assertThat(CliRun.of("run", "--script", script, "--dry-run", root.toString()).exitCode()).isZero();
        // an output folder that is the input folder: refused per file, inputs untouched
        CliRun same = CliRun.of("run", "--script", script, "--output", root.toString(), root.toString());
        assertThat(same.exitCode()).isEqualTo(1);
        assertThat(same.err()).contains("use --in-place");
        assertThat(snapshot(root)).isEqualTo(before);
        assertThat(snapshot(out)).containsOnlyKeys("scans/ct.dcm", "scans/mr.dcm");
        assertThat(value(out.resolve("scans/mr.dcm"), "(0010,0010)")).isEqualTo("X");

        assertThat(CliRun.of("run", "--script", script, "--in-place", root.toString()).exitCode()).isZero();
        assertThat(value(in.resolve("mr.dcm"), "(0010,0010)")).isEqualTo("X");
        assertThat(snapshot(root)).containsOnlyKeys(before.keySet().toArray(String[]::new)); // no temp files left
    }

    @Test
    void anErrorInOneFileLeavesTheOthersCorrect() throws IOException {
        DicomFile mr = new DicomReader().read(in.resolve("mr.dcm"));
        new DicomWriter().write(mr.withDataset(mr.dataset().without(0x00080060)), in.resolve("no-modality.dcm"));
        Files.writeString(in.resolve("notes.txt"), "not DICOM\n");
        Path script = Files.writeString(temp.resolve("s.das"), """
                version "6.6"
                (0010,0010) := "ANON"
                (0010,4000) := substring[(0008,0060), 0, 2]
                """);
        CliRun run = CliRun.of("run", "--script", script.toString(), "--output", out.toString(), in.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("no-modality.dcm: failed: 3:1: substring");
        assertThat(run.out()).contains("4 files: 2 modified, 0 unchanged, 0 rejected, 1 failed, 1 skipped");
        assertThat(out.resolve("no-modality.dcm")).doesNotExist();
        assertThat(out.resolve("notes.txt")).doesNotExist();
        assertThat(value(out.resolve("mr.dcm"), "(0010,4000)")).isEqualTo("MR");
        assertThat(value(out.resolve("ct.dcm"), "(0010,4000)")).isEqualTo("CT");
        assertThat(value(out.resolve("ct.dcm"), "(0010,0010)")).isEqualTo("ANON");
    }

    @Test
    void dryRunPrintsTheDiffAndWritesNothing() throws IOException {
        CliRun run = CliRun.of("run", "--script", SITEWIDE, "--script", PROJECT, "--var", "project=P",
                "--var", "subject=S", "--dry-run", "--color", "never", in.resolve("mr.dcm").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("~ \\(0010,0010\\)  PatientName +\"Sample\\^Mister\" +->  \"S\"\n")
                .contains("- (0010,0030)").contains("1 file: 1 modified").contains("dry run: nothing written");
        assertThat(out).doesNotExist();
    }

    @Test
    void jsonReport() {
        CliRun run = CliRun.of("run", "--script", SITEWIDE, "--var", "project=P", "--dry-run", "--format", "json",
                in.resolve("mr.dcm").toString());
        var json = com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject();
        var change = json.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("changes").asList().stream()
                .map(e -> e.getAsJsonObject()).filter(o -> o.get("path").getAsString().equals("(0012,0063)"))
                .findFirst().orElseThrow();
        assertThat(change.get("kind").getAsString()).isEqualTo("added");
        assertThat(change.get("after").getAsString()).isEqualTo("My XNAT sitewide anon script v01");
        assertThat(change.get("line").getAsInt()).isEqualTo(6);
        assertThat(json.getAsJsonObject("summary").get("modified").getAsInt()).isEqualTo(1);
    }

    @Test
    void usageErrors() throws IOException {
        assertThat(CliRun.of("run", "--script", SITEWIDE, in.toString()).exitCode()).isEqualTo(2); // no destination
        assertThat(CliRun.of("run", "--script", SITEWIDE, "--dry-run", "--in-place", in.toString()).exitCode()).isEqualTo(2);
        Path broken = Files.writeString(temp.resolve("broken.das"), "version \"6.6\"\n(0010,0010) := \"open\n");
        CliRun run = CliRun.of("run", "--script", broken.toString(), "--dry-run", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("DE002");
    }

    @Test
    void diffCommandShowsWhatChanged() {
        xnat();
        CliRun same = CliRun.of("diff", in.resolve("mr.dcm").toString(), in.resolve("mr.dcm").toString());
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).isEqualTo("0 differences\n");
        CliRun diff = CliRun.of("diff", "--color", "never", in.resolve("mr.dcm").toString(), out.resolve("mr.dcm").toString());
        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(diff.out()).contains("+ (0012,0063)").contains("- (0010,0030)").contains("~ (0010,0020)")
                .contains("\"SAMPLE-MR-001\"").contains("\"subj190_v00_mr\"").contains("8 differences");
    }
}
