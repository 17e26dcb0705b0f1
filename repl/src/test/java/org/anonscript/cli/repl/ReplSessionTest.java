package org.anonscript.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.Severity;
import org.anonscript.dicom.DicomReader;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplSessionTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private ReplSession repl;

    @BeforeEach
    void loadBothSamples() {
        repl = new ReplSession(Dialect.DE6, Map.of(), false, progress::add);
        assertThat(repl.handle(":load " + Samples.mr() + " " + Samples.ct())).isEqualTo("loaded 2 files (2 in the session)\n");
    }

    @Test
    void aStatementShowsTheDiffOfEveryFile() {
        assertThat(repl.handle("(0010,0010) := \"Anon\"")).isEqualTo("""
                synthetic-mr.dcm: 1 change
                  ~ (0010,0010)  PatientName  "Sample^Mister"  ->  "Anon"
                synthetic-ct.dcm: 1 change
                  ~ (0010,0010)  PatientName  "Sample^Miss"  ->  "Anon"
                """);
    }

    @Test
    void aStatementThatChangesNothingSaysSo() {
        assertThat(repl.handle("(0010,0010) ?= (0010,0010)")).isEqualTo("synthetic-mr.dcm: no change\nsynthetic-ct.dcm: no change\n");
    }

    @Test
    void anExpressionPrintsItsValuePerFileAndChangesNothing() {
        assertThat(repl.handle("(0010,0020)")).isEqualTo("synthetic-mr.dcm: \"SAMPLE-MR-001\"\nsynthetic-ct.dcm: \"SAMPLE-CT-002\"\n");
        assertThat(repl.handle("format[\"{0}/{1}\", (0010,0020), (0008,0060)]")).isEqualTo(
                "synthetic-mr.dcm: \"SAMPLE-MR-001/MR\"\nsynthetic-ct.dcm: \"SAMPLE-CT-002/CT\"\n");
        assertThat(repl.handle(":diff")).isEqualTo("synthetic-mr.dcm: no change\nsynthetic-ct.dcm: no change\n");
        assertThat(repl.script()).isEqualTo("version \"6.7\"\n");
    }

    @Test
    void aFunctionThatReturnsAValueIsAnExpression() {
        String out = repl.handle("hashUID[(0020,000D)]");
        assertThat(out.lines()).hasSize(2).allMatch(l -> l.matches("synthetic-(mr|ct)\\.dcm: \"2\\.25\\.\\d+\""));
        assertThat(repl.handle(":diff")).doesNotContain("~");
    }

    @Test
    void syntaxErrorsShowACaretUnderTheRangeAndTheCodeAndApplyNothing() {
        assertThat(repl.handle("(0010,0010) := nosuch[(0010,0010)]")).isEqualTo("""
                  (0010,0010) := nosuch[(0010,0010)]
                                 ^^^^^^ DE101 error: %s
                not applied (errors above)
                """.formatted(messageOf("(0010,0010) := nosuch[(0010,0010)]")));
        assertThat(repl.script()).isEqualTo("version \"6.7\"\n");
    }

    /** The analyzer's own wording; what this test pins is the caret, the code and that nothing ran. */
    private static String messageOf(String statement) {
        return Linter.lint("version \"6.7\"\n" + statement, AnalysisOptions.defaults()).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).findFirst().orElseThrow().message();
    }

    @Test
    void variablesKeepTheirValuePerFileForLaterStatements() {
        assertThat(repl.handle("pid := (0010,0020)")).isEqualTo(
                "synthetic-mr.dcm: pid = \"SAMPLE-MR-001\"\nsynthetic-ct.dcm: pid = \"SAMPLE-CT-002\"\n");
        repl.handle("(0010,0020) := \"X\"");
        assertThat(repl.handle("(0010,1000) := pid")).contains("->  \"SAMPLE-MR-001\"").contains("->  \"SAMPLE-CT-002\"");
    }

    @Test
    void boundVariablesComeFromSet() {
        assertThat(repl.handle(":set subject \"Subject 7\"")).isEqualTo("subject = \"Subject 7\"\n");
        assertThat(repl.handle("(0010,0010) := subject")).contains("->  \"Subject 7\"");
        assertThat(repl.handle(":vars")).isEqualTo("subject = \"Subject 7\"   (bound)\n");
    }

    @Test
    void aPastedScriptIsAppliedStatementByStatement() {
        String out = repl.handle("""
                (0010,0010) := "A"
                - (0010,1040)
                (0008,0060) = "MR" ? (0008,1030) := "brain"
                """);
        assertThat(out).isEqualTo("""
                > (0010,0010) := "A"
                synthetic-mr.dcm: 1 change
                  ~ (0010,0010)  PatientName  "Sample^Mister"  ->  "A"
                synthetic-ct.dcm: 1 change
                  ~ (0010,0010)  PatientName  "Sample^Miss"  ->  "A"
                > - (0010,1040)
                synthetic-mr.dcm: 1 change
                  - (0010,1040)  PatientAddress  "1 Example Street, Nowhere"  ->  -
                synthetic-ct.dcm: 1 change
                  - (0010,1040)  PatientAddress  "1 Example Street, Nowhere"  ->  -
                > (0008,0060) = "MR" ? (0008,1030) := "brain"
                synthetic-mr.dcm: 1 change
                  ~ (0008,1030)  StudyDescription  "Synthetic sample study"  ->  "brain"
                synthetic-ct.dcm: no change
                """);
        assertThat(repl.handle(":undo")).isEqualTo("undone: (0008,0060) = \"MR\" ? (0008,1030) := \"brain\"\n");
        assertThat(repl.handle(":undo 2")).hasLineCount(2);
        assertThat(repl.handle(":diff")).isEqualTo("synthetic-mr.dcm: no change\nsynthetic-ct.dcm: no change\n");
    }

    @Test
    void diffShowsEverythingSinceLoadAndUndoTakesItBack() {
        repl.handle("(0010,0010) := \"A\"");
        repl.handle("(0010,0010) := \"B\"");
        assertThat(repl.handle(":diff")).contains("\"Sample^Mister\"  ->  \"B\"").contains("\"Sample^Miss\"  ->  \"B\"");
        repl.handle(":undo");
        assertThat(repl.handle(":diff")).contains("\"Sample^Mister\"  ->  \"A\"");
        assertThat(repl.handle(":undo 5")).isEqualTo("undone: (0010,0010) := \"A\"\n");
        assertThat(repl.handle(":undo")).isEqualTo("nothing to undo\n");
    }

    @Test
    void theSavedScriptIsTheAcceptedStatementsAndLintsWithoutErrors() throws Exception {
        repl.handle("(0010,0010) := \"A\"");
        repl.handle("(0010,0010) := nosuch[1]");
        repl.handle("(0010,0020)");
        repl.handle("if ((0008,0060) = \"CT\") {\n  - (0010,1040)\n}");
        Path saved = dir.resolve("kept.das");
        assertThat(repl.handle(":save " + saved)).isEqualTo("saved 2 statements to " + saved + "\n");
        String text = Files.readString(saved);
        assertThat(text).isEqualTo("version \"6.7\"\n(0010,0010) := \"A\"\nif ((0008,0060) = \"CT\") {\n  - (0010,1040)\n}\n");
        assertThat(Linter.lint(text, AnalysisOptions.defaults()).hasAtLeast(Severity.ERROR)).isFalse();
    }

    @Test
    void resetGoesBackToTheLoadedFiles() {
        repl.handle("(0010,0010) := \"A\"");
        assertThat(repl.handle(":reset")).isEqualTo("reset: 2 files as loaded, empty script\n");
        assertThat(repl.handle(":diff")).isEqualTo("synthetic-mr.dcm: no change\nsynthetic-ct.dcm: no change\n");
        assertThat(repl.handle(":script")).isEqualTo("version \"6.7\"\n");
    }

    @Test
    void runAppliesAScriptFileAsOneStep() throws Exception {
        Path script = Files.writeString(dir.resolve("s.das"), "version \"6.1\"\n(0010,0010) := \"R\"\n- (0010,1040)\n");
        assertThat(repl.handle(":run " + script)).contains("synthetic-mr.dcm: 2 changes").contains("synthetic-ct.dcm: 2 changes");
        assertThat(repl.script()).isEqualTo("version \"6.1\"\n(0010,0010) := \"R\"\n- (0010,1040)\n");
        assertThat(repl.handle(":undo")).startsWith("undone: ");
        assertThat(repl.handle(":diff")).doesNotContain("change)");
    }

    @Test
    void writeNeverTouchesTheOriginals() throws Exception {
        byte[] before = Files.readAllBytes(Samples.mr());
        repl.handle("(0010,0010) := \"Written\"");
        Path out = dir.resolve("out");
        assertThat(repl.handle(":write " + out)).isEqualTo("wrote 2 files to " + out + "\n");
        assertThat(Files.readAllBytes(Samples.mr())).isEqualTo(before);
        var written = new DicomReader().read(out.resolve("synthetic-mr.dcm")).dataset();
        assertThat(ValueText.read(written.get(Tag.of(0x0010, 0x0010)).orElseThrow(), TextCodec.forDataset(written)))
                .isEqualTo("Written");
        assertThat(repl.handle(":write " + Samples.DIR)).contains("is the original; not written").contains("wrote 0 files");
    }

    @Test
    void showFiltersTheDumpByKeywordOrTag() {
        assertThat(repl.handle(":show PatientID")).isEqualTo("""
                == synthetic-mr.dcm
                  (0010,0020) LO PatientID [SAMPLE-MR-001]
                == synthetic-ct.dcm
                  (0010,0020) LO PatientID [SAMPLE-CT-002]
                """);
    }

    @Test
    void theDialectSwitchesOnlyWithAnEmptyScript() {
        repl.handle("(0010,0010) := \"A\"");
        assertThat(repl.handle(":dialect 4")).isEqualTo("the script has statements in DicomEdit 6; :reset first to switch\n");
        repl.handle(":reset");
        assertThat(repl.handle(":dialect 4")).isEqualTo("dialect: DicomEdit 4\n");
        assertThat(repl.handle("(0010,0010) := \"Four\"")).contains("->  \"Four\"");
        assertThat(repl.script()).isEqualTo("(0010,0010) := \"Four\"\n");
    }

    @Test
    void aRuntimeErrorNamesTheFileAndPosition() {
        // PatientName is PN, not a date: the evaluator fails on each file, which stays as it was.
        String out = repl.handle("(0008,0020) := shiftDateByIncrement[(0010,0010), \"1\", \"days\"]");
        assertThat(out.lines().limit(2)).hasSize(2).allMatch(l -> l.matches("synthetic-(mr|ct)\\.dcm: error at 1:1: .*\\(file unchanged\\)"));
        assertThat(out).endsWith("not kept in the script: it failed on every file\n");
        assertThat(repl.script()).isEqualTo("version \"6.7\"\n");
        assertThat(repl.handle(":diff")).isEqualTo("synthetic-mr.dcm: no change\nsynthetic-ct.dcm: no change\n");
    }

    @Test
    void loadingManyFilesReportsProgressThenACount() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        byte[] mr = Files.readAllBytes(Samples.mr());
        for (int i = 0; i < 120; i++) {
            Files.write(many.resolve(String.format("f%03d.dcm", i)), mr);
        }
        Files.writeString(many.resolve("notes.txt"), "not DICOM");
        ReplSession fresh = new ReplSession(Dialect.DE6, Map.of(), false, progress::add);
        assertThat(fresh.handle(":load " + many)).isEqualTo("loaded 120 files, 1 skipped (not DICOM) (120 in the session)\n");
        assertThat(progress).hasSize(11).first().isEqualTo("loading 12/121");
        assertThat(progress).last().isEqualTo("loading 121/121");
    }

    @Test
    void unknownCommandsPointToHelp() {
        assertThat(repl.handle(":frobnicate")).isEqualTo("unknown command :frobnicate (:help lists them)\n");
        assertThat(repl.handle(":help")).contains(":undo [N]").contains(":save FILE");
        assertThat(repl.finished()).isFalse();
        repl.handle(":quit");
        assertThat(repl.finished()).isTrue();
    }

    @Test
    void aVariableAssignedInsideAnIfEntryIsThereForLaterEntries() {
        assertThat(repl.handle("""
                if ((0008,0060) = "MR") {
                    kind := "mr"
                } else {
                    kind := "other"
                }
                """)).isEqualTo("synthetic-mr.dcm: kind = \"mr\"\nsynthetic-ct.dcm: kind = \"other\"\n");
        assertThat(repl.handle("(0010,4000) := kind")).contains("->  \"mr\"").contains("->  \"other\"");
        assertThat(repl.handle(":vars")).contains("synthetic-ct.dcm: kind = \"other\"");
        repl.handle(":undo 2");
        assertThat(repl.handle(":vars")).isEqualTo("no variables (:set NAME VALUE binds one)\n");
    }

    @Test
    void aListVariableStaysAListForListTakingFunctions() {
        assertThat(repl.handle("phi := {(0010,1040), (0010,0030)}")).isEqualTo(
                "synthetic-mr.dcm: phi = {(0010,1040), (0010,0030)}\nsynthetic-ct.dcm: phi = {(0010,1040), (0010,0030)}\n");
        String out = repl.handle("removeTags[phi]");
        assertThat(out).contains("synthetic-mr.dcm: 2 changes").contains("synthetic-ct.dcm: 2 changes")
                .contains("- (0010,1040)").contains("- (0010,0030)");
        assertThat(repl.handle("isPresent[(0010,0030)]")).isEqualTo("synthetic-mr.dcm: \"false\"\nsynthetic-ct.dcm: \"false\"\n");
    }

    @Test
    void filesLoadedLaterAreBroughtUpToDateWithTheSessionsEntries() {
        ReplSession session = new ReplSession(Dialect.DE6, Map.of(), false, progress::add);
        session.handle(":load " + Samples.mr());
        session.handle("(0010,0010) := \"Anon\"");
        session.handle("pid := (0010,0020)");
        session.handle("(0010,4000) := pid");
        assertThat(session.handle(":load " + Samples.ct())).isEqualTo(
                "loaded 1 file (2 in the session)\nreplayed the session's 3 entries on the new file\n");
        assertThat(session.handle("(0010,4000)")).isEqualTo(
                "synthetic-mr.dcm: \"SAMPLE-MR-001\"\nsynthetic-ct.dcm: \"SAMPLE-CT-002\"\n");
        assertThat(session.handle("(0010,0010)")).isEqualTo("synthetic-mr.dcm: \"Anon\"\nsynthetic-ct.dcm: \"Anon\"\n");
        assertThat(session.handle(":vars")).contains("synthetic-ct.dcm: pid = \"SAMPLE-CT-002\"");
        // undo covers the new file too
        session.handle(":undo 3");
        assertThat(session.handle(":diff")).isEqualTo("synthetic-mr.dcm: no change\nsynthetic-ct.dcm: no change\n");
    }

    @Test
    void anEntryThatFailsOnALaterFileIsReportedAndTheRestStillReplays() {
        ReplSession session = new ReplSession(Dialect.DE6, Map.of(), false, progress::add);
        session.handle(":load " + Samples.mr());
        session.handle("(0010,4000) := substring[(0018,0087), 0, 1]"); // the CT sample has no (0018,0087)
        session.handle("(0010,0010) := \"Anon\"");
        String out = session.handle(":load " + Samples.ct());
        assertThat(out).startsWith("loaded 1 file (2 in the session)\n")
                .contains("synthetic-ct.dcm: (0010,4000) := substring[(0018,0087), 0, 1]: error: ")
                .endsWith("replayed the session's 2 entries on the new file (1 failure above)\n");
        assertThat(session.handle("(0010,0010)")).isEqualTo("synthetic-mr.dcm: \"Anon\"\nsynthetic-ct.dcm: \"Anon\"\n");
    }

    @Test
    void aDe4VariableIsCarriedToLaterEntriesWhateverItsCase() {
        repl.handle(":dialect 4");
        assertThat(repl.handle("site := \"S1\"")).isEqualTo("synthetic-mr.dcm: site = \"S1\"\nsynthetic-ct.dcm: site = \"S1\"\n");
        assertThat(repl.handle("(0010,4000) := Site")).contains("->  \"S1\"").doesNotContain("error");
    }
}
