package org.anonscript.server;

import static org.anonscript.server.GeneratedSamples.el;
import static org.anonscript.server.GeneratedSamples.item;
import static org.anonscript.server.GeneratedSamples.seq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents built to hurt (deep nesting, unclosed brackets by the hundred thousand, a 2 MB line, a path
 * of thousands of steps) with a sample nested 60 sequences deep: every request at the start, middle and
 * end of each is answered, nothing fails inside the server, and a normal document is served afterwards.
 */
class PathologicalDocumentsTest {

    /** Sequences nested this deep (the reader accepts 64 levels). */
    static final int SAMPLE_DEPTH = 60;

    @TempDir
    static Path dir;

    @BeforeAll
    static void deepSample() {
        Dataset inner = item(el("(0010,0010)", "Deep^Down"));
        for (int i = 0; i < SAMPLE_DEPTH; i++) {
            inner = item(seq("(0008,1115)", inner));
        }
        List<DicomElement> top = new ArrayList<>();
        inner.forEach(top::add);
        GeneratedSamples.write(dir, "deep.dcm", top.toArray(DicomElement[]::new));
    }

    record Doc(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Doc> documents() {
        String v = "version \"6.7\"\n";
        return Stream.of(
                new Doc("20,000 nested calls", v + "(0010,0010) := " + "lowercase[".repeat(20_000) + "\"a\""
                        + "]".repeat(20_000) + "\n"),
                new Doc("5,000 nested ifs", v + "if ((0010,0010) = \"a\") {\n".repeat(5_000) + "}\n".repeat(5_000)),
                new Doc("100,000 open parentheses", v + "(".repeat(100_000) + "\n"),
                new Doc("a 2 MB string", v + "(0010,0010) := \"" + "x".repeat(2_000_000) + "\"\n"),
                new Doc("a path of 5,000 steps", v + "-" + "(0008,1115)[0]/".repeat(5_000) + "(0010,0010)\n"),
                new Doc("wildcards at every level", v + "-" + "*/".repeat(2_000) + "(0010,0010)\n"),
                new Doc("10,000 unclosed strings", v + "(0010,0010) := \"\n".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyRequestIsAnsweredAndTheServerStaysUsable(Doc doc) {
        try (LspHarness lsp = new LspHarness(SamplesAndConfigurationTest.settings(dir))) {
            String uri = lsp.open(doc.text());
            TextDocumentService docs = lsp.remote.getTextDocumentService();
            TextDocumentIdentifier id = LspHarness.id(uri);
            String[] lines = doc.text().split("\n", -1);
            for (Position p : List.of(new Position(1, 0), new Position(1, Math.min(lines[1].length(), 20_001)),
                    new Position(lines.length / 2, 3), new Position(lines.length - 2, lines[lines.length - 2].length()))) {
                Range r = new Range(new Position(0, 0), p);
                List<Supplier<CompletableFuture<?>>> requests = List.of(
                        () -> docs.hover(new HoverParams(id, p)),
                        () -> docs.completion(new CompletionParams(id, p)),
                        () -> docs.signatureHelp(new SignatureHelpParams(id, p)),
                        () -> docs.semanticTokensFull(new SemanticTokensParams(id)),
                        () -> docs.documentSymbol(new DocumentSymbolParams(id)),
                        () -> docs.foldingRange(new FoldingRangeRequestParams(id)),
                        () -> docs.formatting(new DocumentFormattingParams(id, new FormattingOptions(4, true))),
                        () -> docs.inlayHint(new InlayHintParams(id, r)),
                        () -> docs.codeAction(new CodeActionParams(id, r, new CodeActionContext(List.of()))),
                        () -> docs.codeLens(new CodeLensParams(id)),
                        () -> docs.diagnostic(new DocumentDiagnosticParams(id)));
                for (Supplier<CompletableFuture<?>> request : requests) {
                    LspHarness.get(request.get());
                }
            }
            LspHarness.get(lsp.remote.runOnSamples(new RunParams(uri, null)));
            assertThat(lsp.server.internalErrors()).as("failures inside the server").isZero();

            LspHarness.Cursor c = LspHarness.Cursor.of("version \"6.7\"\n-*/(0010,00|10)");
            String normal = lsp.open(c.text());
            Hover h = LspHarness.get(docs.hover(new HoverParams(LspHarness.id(normal), c.position())));
            assertThat(h.getContents().getRight().getValue()).contains("`deep.dcm`: `(0008,1115)[0]/");
            assertThat(lsp.nextDiagnostics(normal).getDiagnostics()).isEmpty();
        }
    }
}
