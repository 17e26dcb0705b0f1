package org.anonscript.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features that read sample files and configuration: hovers with values, the code lens, test-runs, settings. */
class SamplesAndConfigurationTest {

    @TempDir
    Path dir;

    static JsonObject settings(Path... samples) {
        JsonObject o = new JsonObject();
        JsonArray list = new JsonArray();
        for (Path p : samples) {
            list.add(p.toString());
        }
        o.add("samples", list);
        return o;
    }

    static String hover(LspHarness lsp, String marked) {
        LspHarness.Cursor c = LspHarness.Cursor.of(marked);
        String uri = lsp.open(c.text());
        Hover h = LspHarness.get(lsp.remote.getTextDocumentService().hover(new HoverParams(LspHarness.id(uri), c.position())));
        return h.getContents().getRight().getValue();
    }

    @Test
    void hoverShowsTheValueInEachSample() {
        try (LspHarness lsp = new LspHarness(settings(Samples.ct(), Samples.file("MR_small.dcm")))) {
            assertThat(hover(lsp, "version \"6.1\"\n(0010,00|10) := \"ANON\""))
                    .contains("In 2 of 2 samples:", "`CT_small.dcm`: `CompressedSamples^CT1`", "`MR_small.dcm`: `CompressedSamples^MR1`");
            assertThat(hover(lsp, "version \"6.1\"\n-(0010,21|60)")).contains("In 0 of 2 samples");
            assertThat(lsp.server.internalErrors()).isZero();
        }
    }

    @Test
    void hoverSaysWhichSamplesCouldNotBeRead() throws Exception {
        Path garbage = Files.writeString(dir.resolve("notes.dcm"), "not a DICOM file");
        try (LspHarness lsp = new LspHarness(settings(Samples.ct(), garbage))) {
            assertThat(hover(lsp, "version \"6.1\"\n(0010,00|10) := \"ANON\""))
                    .contains("In 1 of 2 samples (1 unreadable; `notes.dcm`: ", "`CT_small.dcm`: `CompressedSamples^CT1`");
        }
    }

    @Test
    void hoverOnPrivateTagResolvesTheElementInEachSample() {
        try (LspHarness lsp = new LspHarness(settings(Samples.ct()))) {
            assertThat(hover(lsp, "version \"6.1\"\n-(0009,{GEMS_IDEN_01}0|1)"))
                    .contains("creator `GEMS_IDEN_01`", "`CT_small.dcm`: `(0009,1001) = GE_GENESIS_FF`");
        }
    }

    @Test
    void privateTagQuickFixTakesTheCreatorFromTheSamples() {
        try (LspHarness lsp = new LspHarness(settings(Samples.ct()))) {
            String text = "version \"6.1\"\n-(0009,1001)";
            String uri = lsp.open(text);
            List<CodeAction> actions = LspHarness.get(lsp.remote.getTextDocumentService().codeAction(new CodeActionParams(
                    LspHarness.id(uri), new Range(new Position(1, 0), new Position(1, 12)),
                    new CodeActionContext(List.of())))).stream().map(e -> e.getRight()).toList();
            String fixed = LspFeaturesTest.apply(text, actions.get(0).getEdit().getChanges().get(uri));
            assertThat(fixed).isEqualTo("version \"6.1\"\n-(0009,{GEMS_IDEN_01}01)");
        }
    }

    @Test
    void codeLensOffersTheTestRun() {
        try (LspHarness lsp = new LspHarness(settings(Samples.ct(), Samples.file("MR_small.dcm")))) {
            String uri = lsp.open("// header\nversion \"6.1\"\n-(0010,0010)");
            List<? extends CodeLens> lenses = LspHarness.get(lsp.remote.getTextDocumentService().codeLens(
                    new CodeLensParams(LspHarness.id(uri))));
            assertThat(lenses).hasSize(1);
            assertThat(lenses.get(0).getCommand().getTitle()).isEqualTo("Run on 2 samples");
            assertThat(lenses.get(0).getRange().getStart().getLine()).isEqualTo(1);
        }
        try (LspHarness lsp = new LspHarness()) {
            String uri = lsp.open("version \"6.1\"\n-(0010,0010)");
            assertThat(LspHarness.get(lsp.remote.getTextDocumentService().codeLens(new CodeLensParams(LspHarness.id(uri)))))
                    .as("no samples, no lens").isEmpty();
        }
    }

    @Test
    void runOnSamplesReturnsTheChangesOfEachFile() {
        try (LspHarness lsp = new LspHarness(settings(Samples.ct()))) {
            String uri = lsp.open("version \"6.1\"\n// anonymise\n(0010,0010) := \"ANON\"\n-(0010,0020)");
            RunResult result = LspHarness.get(lsp.remote.runOnSamples(new RunParams(uri, null)));
            assertThat(result.files()).hasSize(1);
            RunResult.FileResult file = result.files().get(0);
            assertThat(file.path()).endsWith("CT_small.dcm");
            assertThat(file.outcome()).isEqualTo("modified");
            assertThat(file.changes()).contains(
                    new RunResult.ChangeResult("(0010,0010)", "PatientName", "CompressedSamples^CT1", "ANON", 3),
                    new RunResult.ChangeResult("(0010,0020)", "PatientID", "1CT1", null, 4));
            assertThat(file.beforeDump()).as("whole header before")
                    .contains("(0010,0010) PN PatientName [CompressedSamples^CT1]", "(0010,0020) LO PatientID [1CT1]")
                    .anyMatch(l -> l.startsWith("(0008,0016) UI SOPClassUID"));
            assertThat(file.afterDump()).as("whole header after")
                    .contains("(0010,0010) PN PatientName [ANON]")
                    .noneMatch(l -> l.startsWith("(0010,0020)"))
                    .anyMatch(l -> l.startsWith("(0008,0016) UI SOPClassUID"));
            assertThat(file.afterDump().size()).isEqualTo(file.beforeDump().size() - 1);
        }
    }

    @Test
    void runOnSamplesTakesExplicitSamplesAndReportsUnreadableFiles() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.dcm"), "not DICOM");
        try (LspHarness lsp = new LspHarness()) {
            String uri = lsp.open("version \"6.1\"\n(0010,0010) := \"ANON\"");
            RunResult result = LspHarness.get(lsp.remote.runOnSamples(new RunParams(uri,
                    List.of(Samples.file("MR_small.dcm").toString(), junk.toString()))));
            assertThat(result.files()).extracting(RunResult.FileResult::outcome).containsExactly("modified", "error");
            assertThat(result.files().get(1).error()).isNotBlank();
            assertThat(result.files().get(1).beforeDump()).isEmpty();
        }
    }

    @Test
    void runtimeErrorsBecomeDiagnosticsOnTheStatement() {
        try (LspHarness lsp = new LspHarness(settings(Samples.ct()))) {
            String uri = lsp.open("version \"6.1\"\n(0010,0020) := substring[(0010,0010), 5, 2]");
            lsp.nextDiagnostics(uri);
            RunResult result = LspHarness.get(lsp.remote.runOnSamples(new RunParams(uri, null)));
            assertThat(result.files().get(0).outcome()).isEqualTo("error");
            List<Diagnostic> published = lsp.nextDiagnostics(uri).getDiagnostics();
            assertThat(published).filteredOn(d -> "runtime".equals(d.getCode().getLeft()))
                    .extracting(d -> d.getRange().getStart().getLine()).containsExactly(1);
        }
    }

    @Test
    void networkFunctionsRunOnlyWhenTheConfigurationAllowsIt() {
        // port 1 on the loopback refuses at once: whether a connection was attempted shows in the message
        String script = "version \"6.1\"\n(0012,0063) := getURL[\"http://127.0.0.1:1/method\"]";
        try (LspHarness lsp = new LspHarness(settings(Samples.ct()))) {
            RunResult off = LspHarness.get(lsp.remote.runOnSamples(new RunParams(lsp.open(script), null)));
            assertThat(off.files().get(0).error()).contains("needs network access");
        }
        JsonObject allowed = settings(Samples.ct());
        allowed.addProperty("network", true);
        try (LspHarness lsp = new LspHarness(allowed)) {
            RunResult on = LspHarness.get(lsp.remote.runOnSamples(new RunParams(lsp.open(script), null)));
            assertThat(on.files().get(0).outcome()).isEqualTo("error");
            assertThat(on.files().get(0).error()).doesNotContain("needs network access");
        }
    }

    @Test
    void configurationFileNextToTheScriptApplies() throws Exception {
        Files.writeString(dir.resolve(".anonscript.json"), "{\"severities\": {\"DE208\": \"off\"}, \"bindings\": {\"site\": \"S1\"}}");
        Path script = Files.createDirectories(dir.resolve("scripts")).resolve("a.das");
        try (LspHarness lsp = new LspHarness()) {
            String uri = lsp.open(script.toUri().toString(), "version \"6.1\"\n-(0010,0031)\n(0010,0010) := site");
            assertThat(LspFeaturesTest.codes(lsp.nextDiagnostics(uri).getDiagnostics())).isEmpty();
            LspHarness.Cursor c = LspHarness.Cursor.of("version \"6.1\"\n-(0010,0031)\n(0010,0010) := si|te");
            Hover h = LspHarness.get(lsp.remote.getTextDocumentService().hover(new HoverParams(LspHarness.id(uri), c.position())));
            assertThat(h.getContents().getRight().getValue()).contains("bound value: `S1`");
        }
    }

    @Test
    void changedSettingsTakeEffectWithoutARestart() {
        try (LspHarness lsp = new LspHarness()) {
            String uri = lsp.open("version \"6.1\"\n-(0010,0031)\n(0008,0060) ~ \"MR\" ? -(0008,0080)");
            assertThat(LspFeaturesTest.codes(lsp.nextDiagnostics(uri).getDiagnostics())).containsExactly("DE208", "DE403");
            JsonObject severities = new JsonObject();
            severities.addProperty("DE208", "off");
            severities.addProperty("DE403", "error");
            JsonObject anonscript = new JsonObject();
            anonscript.add("severities", severities);
            JsonObject all = new JsonObject();
            all.add("anonscript", anonscript);
            lsp.remote.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(all));
            List<Diagnostic> now = lsp.nextDiagnostics(uri).getDiagnostics();
            assertThat(LspFeaturesTest.codes(now)).containsExactly("DE403");
            assertThat(now.get(0).getSeverity()).isEqualTo(org.eclipse.lsp4j.DiagnosticSeverity.Error);
        }
    }
}
