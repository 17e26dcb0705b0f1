package org.anonscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code anonscript lint} end to end, in process: real parser and analyzer, captured streams. */
class LintCommandTest {

    /** The repository's bundled examples (tests run in the repl module's folder). */
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static final String UNKNOWN_FUNCTION = "version \"6.7\"\n(0010,0010) := isMatch[(0010,0010), \"^A\"]\n";
    private static final String CLEAN = "version \"6.7\"\n- (0010,0030)\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static JsonArray json(CliRun run) {
        return JsonParser.parseString(run.out()).getAsJsonArray();
    }

    private static List<String> field(JsonArray diagnostics, String name) {
        List<String> values = new ArrayList<>();
        for (JsonElement e : diagnostics) {
            values.add(e.getAsJsonObject().get(name).getAsString());
        }
        return values;
    }

    // --- the bundled examples -----------------------------------------------------------------------

    @Test
    void xnatSitewideAndProjectExamplesLintWithoutErrors() {
        CliRun run = CliRun.of("lint", "--format", "json",
                EXAMPLES.resolve("xnat-sitewide.das").toString(), EXAMPLES.resolve("xnat-project.das").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(field(json(run), "severity")).as(run.toString()).doesNotContain("error");
        // project, subject, session and modalityLabel are host variables, neither unassigned nor unbound
        assertThat(field(json(run), "code")).as(run.toString()).doesNotContain("DE104", "DE105");
    }

    @Test
    void everyGoodExampleLintsWithoutErrors() throws IOException {
        List<String> args = new ArrayList<>(List.of("lint"));
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.filter(f -> f.toString().endsWith(".das")).sorted().forEach(f -> args.add(f.toString()));
        }
        assertThat(args).hasSizeGreaterThan(3);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("0 errors");
    }

    @Test
    void brokenExampleShowsErrorsAndExitsOne() {
        CliRun run = CliRun.of("lint", EXAMPLES.resolve("broken").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("mistakes.das:5:16: error DE101 ");
    }

    // --- formats ------------------------------------------------------------------------------------

    @Test
    void textNamesFileLineColumnSeverityCodeThenShowsTheLineWithCarets() throws IOException {
        Path file = write("names.das", UNKNOWN_FUNCTION);
        CliRun run = CliRun.of("lint", file.toString());
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.contains(" DE101 ")).findFirst().orElseThrow());
        assertThat(lines.get(header)).startsWith(file + ":2:16: error DE101 ");
        assertThat(lines.get(header + 1)).isEqualTo("(0010,0010) := isMatch[(0010,0010), \"^A\"]");
        assertThat(lines.get(header + 2)).matches(" {15}\\^+");
        assertThat(lines.get(lines.size() - 1)).startsWith("1 error, ").endsWith(" in 1 file");
    }

    @Test
    void jsonGivesOneBasedEndExclusivePositions() throws IOException {
        Path file = write("names.das", UNKNOWN_FUNCTION);
        JsonObject d = json(CliRun.of("lint", "--format", "json", file.toString())).get(0).getAsJsonObject();
        assertThat(d.keySet()).containsExactly("file", "line", "column", "endLine", "endColumn", "severity", "code", "message");
        assertThat(d.get("file").getAsString()).isEqualTo(file.toString());
        assertThat(d.get("code").getAsString()).isEqualTo("DE101");
        assertThat(d.get("severity").getAsString()).isEqualTo("error");
        assertThat(List.of(d.get("line").getAsInt(), d.get("column").getAsInt(), d.get("endLine").getAsInt()))
                .containsExactly(2, 16, 2);
        assertThat(d.get("endColumn").getAsInt()).isGreaterThan(16);
        assertThat(d.get("message").getAsString()).contains("ismatch");
    }

    @Test
    void sarifIsA210LogWhoseResultsReferToItsRules() throws IOException {
        Path file = write("names.das", UNKNOWN_FUNCTION);
        CliRun run = CliRun.of("lint", "--format", "sarif", file.toString());
        JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        JsonObject sarifRun = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = sarifRun.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        JsonArray results = sarifRun.getAsJsonArray("results");
        assertThat(results).isNotEmpty();
        for (JsonElement e : results) {
            JsonObject result = e.getAsJsonObject();
            assertThat(rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString())
                    .isEqualTo(result.get("ruleId").getAsString());
        }
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void githubPrintsOneAnnotationCommandPerDiagnostic() throws IOException {
        Path file = write("names.das", UNKNOWN_FUNCTION);
        CliRun run = CliRun.of("lint", "--format", "github", file.toString());
        assertThat(run.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches("::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+::DE\\d{3} .+"));
        assertThat(run.out()).contains("::error file=" + file + ",line=2,col=16,");
    }

    // --- exit codes and options ---------------------------------------------------------------------

    @Test
    void cleanScriptExitsZero() throws IOException {
        CliRun run = CliRun.of("lint", write("clean.das", CLEAN).toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 notes in 1 file\n");
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws IOException {
        Path file = write("warn.das", "version \"6.7\"\n(0010,0010) := patientLabel\n");
        CliRun byDefault = CliRun.of("lint", file.toString());
        assertThat(byDefault.out()).contains(" warning DE104 ");
        assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
        assertThat(CliRun.of("lint", "--fail-on", "warning", file.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void varBindsAnExternalName() throws IOException {
        Path file = write("warn.das", "version \"6.7\"\n(0010,0010) := patientLabel\n");
        CliRun run = CliRun.of("lint", "--fail-on", "warning", "--var", "patientLabel=P01", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void dialectOptionOverridesDetection() throws IOException {
        // numeric private tags are fine in DicomEdit 4 and a syntax error in DicomEdit 6 (DE203)
        Path file = write("private.das", "- (2001,1019)\n");
        CliRun asFour = CliRun.of("lint", "--dialect", "4", file.toString());
        assertThat(asFour.exitCode()).as(asFour.toString()).isZero();
        CliRun asSix = CliRun.of("lint", "--dialect", "6", "--format", "json", file.toString());
        assertThat(asSix.exitCode()).as(asSix.toString()).isEqualTo(1);
        assertThat(field(json(asSix), "code")).contains("DE203");
    }

    @Test
    void foldersAreSearchedRecursivelyForDasFilesSkippingHiddenFolders() throws IOException {
        write("a/b/deep.das", UNKNOWN_FUNCTION);
        write("top.das", UNKNOWN_FUNCTION);
        write("notes.txt", UNKNOWN_FUNCTION);
        write(".git/hidden.das", UNKNOWN_FUNCTION);
        CliRun run = CliRun.of("lint", "--format", "json", dir.toString());
        assertThat(field(json(run), "file")).containsOnly(
                dir.resolve("a/b/deep.das").toString(), dir.resolve("top.das").toString());
    }

    @Test
    void missingFileIsNamedExitsTwoAndOtherFilesAreStillLinted() throws IOException {
        Path present = write("names.das", UNKNOWN_FUNCTION);
        Path missing = dir.resolve("nope.das");
        CliRun run = CliRun.of("lint", missing.toString(), present.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read " + missing + ": no such file or folder");
        assertThat(run.out()).contains(present + ":2:16: error DE101 ");
    }

    @Test
    void invalidUtf8IsReplacedWithANoteNamingTheFile() throws IOException {
        Path file = dir.resolve("latin1.das");
        byte[] head = "version \"6.7\"\n// Stra".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "e\n- (0010,0030)\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xDF; // ß in Latin-1, not UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        CliRun run = CliRun.of("lint", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains(file + " is not valid UTF-8");
    }

    @Test
    void folderWithoutScriptsIsANoteNotAnError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("lint", dir.resolve("empty").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("no *.das scripts in folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=xml", "--dialect=5", "--fail-on=info", "--var=1x=a", "--var=noequals", "--nope"})
    void usageErrorsExitTwo(String badOption) throws IOException {
        CliRun run = CliRun.of("lint", badOption, write("clean.das", CLEAN).toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isNotBlank();
    }

    @Test
    void noPathIsAUsageError() {
        CliRun run = CliRun.of("lint");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("PATH");
    }

    @Test
    void versionAndHelpStillWork() {
        assertThat(CliRun.of("--version").out()).startsWith("anonscript ");
        CliRun help = CliRun.of("lint", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--format", "--dialect", "--fail-on", "--var", "Exit codes");
        assertThat(CliRun.of("--help").out()).contains("lint");
    }
}
