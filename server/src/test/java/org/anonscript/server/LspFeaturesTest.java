package org.anonscript.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.AnalysisOptions;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every editor feature through real JSON-RPC, LemMinX style: a document with a {@code |} cursor marker
 * and the expected answer, one line each.
 */
class LspFeaturesTest {

    static LspHarness lsp;
    static final String V = "version \"6.6\"\n";

    @BeforeAll
    static void start() {
        lsp = new LspHarness();
    }

    @AfterAll
    static void stop() {
        assertThat(lsp.server.internalErrors()).as("failures inside features: %s", lsp.client.logs).isZero();
        lsp.close();
    }

    // ---- helpers: one request each

    static String hover(String marked) {
        LspHarness.Cursor c = LspHarness.Cursor.of(marked);
        String uri = lsp.open(c.text());
        Hover h = LspHarness.get(lsp.remote.getTextDocumentService().hover(
                new HoverParams(LspHarness.id(uri), c.position())));
        return h == null ? null : h.getContents().getRight().getValue();
    }

    static void assertHover(String marked, String... expected) {
        assertThat(hover(marked)).as(marked).contains(expected);
    }

    static List<CompletionItem> complete(String marked) {
        LspHarness.Cursor c = LspHarness.Cursor.of(marked);
        String uri = lsp.open(c.text());
        List<CompletionItem> items = LspHarness.get(lsp.remote.getTextDocumentService().completion(
                new CompletionParams(LspHarness.id(uri), c.position()))).getRight().getItems();
        List<CompletionItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(i -> i.getSortText() == null ? i.getLabel() : i.getSortText()));
        return sorted;
    }

    static CompletionItem completion(String marked, String label) {
        return complete(marked).stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not offered at " + marked));
    }

    static String newText(CompletionItem i) {
        return i.getTextEdit().getLeft().getNewText();
    }

    static String apply(String text, List<? extends TextEdit> edits) {
        org.anonscript.script.SourceText source = new org.anonscript.script.SourceText(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> Lsp.offset(source, e.getRange().getStart())).reversed());
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) {
            b.replace(Lsp.offset(source, e.getRange().getStart()), Lsp.offset(source, e.getRange().getEnd()),
                    e.getNewText());
        }
        return b.toString();
    }

    static String format(String text) {
        String uri = lsp.open(text);
        return apply(text, LspHarness.get(lsp.remote.getTextDocumentService().formatting(
                new DocumentFormattingParams(LspHarness.id(uri), new FormattingOptions(4, true)))));
    }

    static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.getCode().getLeft()).toList();
    }

    /** Semantic tokens decoded as {@code text:type[+modifier...]}. */
    static List<String> tokens(String text) {
        String uri = lsp.open(text);
        SemanticTokens t = LspHarness.get(lsp.remote.getTextDocumentService().semanticTokensFull(
                new SemanticTokensParams(LspHarness.id(uri))));
        return decode(text, t.getData());
    }

    static List<String> decode(String text, List<Integer> data) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int line = 0;
        int col = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            col = data.get(i) == 0 ? col + data.get(i + 1) : data.get(i + 1);
            String word = lines[line].substring(col, col + data.get(i + 2));
            StringBuilder s = new StringBuilder(word).append(':').append(SemanticTokensFeature.TYPES.get(data.get(i + 3)));
            for (int m = 0; m < SemanticTokensFeature.MODIFIERS.size(); m++) {
                if ((data.get(i + 4) & (1 << m)) != 0) {
                    s.append('+').append(SemanticTokensFeature.MODIFIERS.get(m));
                }
            }
            out.add(s.toString());
        }
        return out;
    }

    // ---- diagnostics

    @Test
    void diagnosticsArePushedAfterOpening() {
        String uri = lsp.open(V + "-(0010,0031)");
        Diagnostic d = lsp.nextDiagnostics(uri).getDiagnostics().get(0);
        assertThat(d.getCode().getLeft()).isEqualTo("DE208");
        assertThat(d.getRange()).isEqualTo(new Range(new Position(1, 1), new Position(1, 12)));
        assertThat(d.getSource()).isEqualTo("anonscript");
    }

    @Test
    void diagnosticsCanBePulled() {
        String uri = lsp.open(V + "(0010,0010) := lowercas[(0010,0010)]");
        var report = LspHarness.get(lsp.remote.getTextDocumentService().diagnostic(
                new DocumentDiagnosticParams(LspHarness.id(uri))));
        assertThat(codes(report.getRelatedFullDocumentDiagnosticReport().getItems())).containsExactly("DE101");
    }

    @Test
    void onlyTheLatestVersionIsPublishedAfterQuickEdits() {
        String uri = lsp.open(V + "-(0010,0010)");
        assertThat(lsp.nextDiagnostics(uri).getVersion()).isEqualTo(1);
        for (int v = 2; v <= 6; v++) {
            lsp.remote.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, v),
                    List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(
                            new Range(new Position(1, 11), new Position(1, 11)), "1"))));
        }
        var published = lsp.nextDiagnostics(uri);
        assertThat(published.getVersion()).isEqualTo(6);
        // (0010,001011111) is no tag: the incremental edits were applied in order
        assertThat(codes(published.getDiagnostics())).isNotEmpty();
        assertThat(lsp.client.diagnostics.stream().filter(p -> p.getUri().equals(uri))).isEmpty();
    }

    // ---- hover

    @Test
    void hoverOnTagShowsTheDictionaryRow() {
        assertHover("(0010,00|10) := \"ANON\"", "**PatientName** (0010,0010)", "Patient's Name", "VR PN", "VM 1");
    }

    @Test
    void hoverOnRetiredTagSaysSo() {
        assertHover("-(0008,00|10)", "Recognition Code", "retired");
    }

    @Test
    void hoverOnPrivateTagNamesTheCreator() {
        assertHover(V + "(0019,{SIEMENS MR HEADER}0|B) ?= \"0\"", "creator `SIEMENS MR HEADER`", "group 0019");
    }

    @Test
    void hoverOnFunctionShowsSignatureDocAndVersion() {
        assertHover(V + "(0010,0010) := lower|case[(0010,0010)]", "lowercase[value]", "Lower-cases", "Since DicomEdit 6.1");
    }

    @Test
    void hoverOnVariableShowsAssignmentAndWhetherExternal() {
        assertHover(V + "label := \"A\"\n(0010,0010) := la|bel", "**label** — variable", "assigned at line 2: `\"A\"`");
        assertHover(V + "(0010,0010) := site|Code", "external variable", "no value bound");
        assertHover(V + "(0010,0010) := proj|ect", "supplied by XNAT");
    }

    @Test
    void nothingToHoverOnAComment() {
        assertThat(hover(V + "// just a |comment")).isNull();
    }

    // ---- completion

    @Test
    void completesTagsByKeywordPrefixInsideParentheses() {
        CompletionItem item = complete("-(PatientBi|").get(0);
        assertThat(item.getLabel()).isEqualTo("Patient's Birth Date");
        assertThat(newText(item)).isEqualTo("(0010,0030)");
        assertThat(item.getTextEdit().getLeft().getRange()).isEqualTo(new Range(new Position(0, 1), new Position(0, 11)));
    }

    @Test
    void completesTagsByKeywordOnABareWord() {
        assertThat(newText(completion(V + "(0010,0010) := PatientBi|", "Patient's Birth Date"))).isEqualTo("(0010,0030)");
    }

    @Test
    void completesTagsByNumberPrefix() {
        assertThat(complete("-(0010,003|").stream().map(LspFeaturesTest::newText).limit(3))
                .contains("(0010,0030)", "(0010,0032)");
    }

    @Test
    void exactAndNonRetiredTagsRankFirst() {
        assertThat(complete("-(PatientName|").get(0).getDetail()).startsWith("(0010,0010) PatientName");
        List<CompletionItem> recognition = complete("-(Recognition|");
        assertThat(recognition).isNotEmpty();
        assertThat(recognition.get(recognition.size() - 1).getTags()).contains(
                org.eclipse.lsp4j.CompletionItemTag.Deprecated);
    }

    @Test
    void completesFunctionsAsSnippets() {
        CompletionItem item = completion(V + "(0010,0020) := subs|", "substring");
        assertThat(newText(item)).isEqualTo("substring[${1:value}, ${2:begin}, ${3:end}]$0");
        assertThat(item.getInsertTextFormat()).isEqualTo(org.eclipse.lsp4j.InsertTextFormat.Snippet);
    }

    @Test
    void completesVariablesAndKeywords() {
        assertThat(complete(V + "label := \"A\"\n(0010,0010) := la|").get(0).getLabel()).isEqualTo("label");
        assertThat(complete(V + "ech|").stream().map(CompletionItem::getLabel)).contains("echo");
    }

    @Test
    void completesVersionStrings() {
        assertThat(complete("version \"6.|").stream().map(CompletionItem::getLabel)).startsWith("\"6.7\"");
    }

    @Test
    void resolveAddsDocumentation() {
        CompletionItem item = LspHarness.get(lsp.remote.getTextDocumentService().resolveCompletionItem(
                completion("-(PatientBi|", "Patient's Birth Date")));
        assertThat(item.getDocumentation().getRight().getValue()).contains("VR DA");
        CompletionItem fn = LspHarness.get(lsp.remote.getTextDocumentService().resolveCompletionItem(
                completion(V + "(0010,0020) := subs|", "substring")));
        assertThat(fn.getDocumentation().getRight().getValue()).contains("Characters from begin");
    }

    @Test
    void noCompletionInsideStringsOrComments() {
        assertThat(complete(V + "(0010,0010) := \"Pat|")).isEmpty();
        assertThat(complete(V + "// Pat|")).isEmpty();
    }

    // ---- signature help

    static SignatureHelp signature(String marked) {
        LspHarness.Cursor c = LspHarness.Cursor.of(marked);
        String uri = lsp.open(c.text());
        return LspHarness.get(lsp.remote.getTextDocumentService().signatureHelp(
                new SignatureHelpParams(LspHarness.id(uri), c.position())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "(0010,0020) := substring[|;                         substring[value, begin, end]; 0",
            "(0010,0020) := substring[(0010,0020), 0|;           substring[value, begin, end]; 1",
            "(0010,0020) := substring[(0010,0020), \"a,b\", |;   substring[value, begin, end]; 2",
            "(0010,0020) := concatenate[\"a\", \"b\", \"c\", |]; concatenate[values...];       0",
            "removeTags[{(0010,0010), |}];                       removeTags[paths...];          0",
    })
    void signatureHelpShowsTheActiveParameter(String marked, String label, int active) {
        SignatureHelp help = signature(V + marked);
        assertThat(help.getSignatures().get(0).getLabel()).isEqualTo(label);
        assertThat(help.getActiveParameter()).isEqualTo(active);
    }

    @Test
    void noSignatureOutsideCalls() {
        assertThat(signature(V + "(0010,0020) := substring[(0010,0020), 0, 4] |")).isNull();
    }

    // ---- semantic tokens

    @Test
    void semanticTokensClassifyEveryKindOfWord() {
        assertThat(tokens(V + "label := lowercase[(0010,0010)] // c\n-(0019,{ACME}10)\n-(0008,0010)\n-(0010,0031)"))
                .containsExactly("version:keyword", "\"6.6\":string",
                        "label:variable+declaration", ":=:operator", "lowercase:function", "(0010,0010):property",
                        "// c:comment",
                        "-:operator", "(0019,{ACME}10):property+private",
                        "-:operator", "(0008,0010):property+deprecated",
                        "-:operator", "(0010,0031):property+unknown");
    }

    @Test
    void semanticTokensMarkExternalVariablesNumbersAndUnknownFunctions() {
        assertThat(tokens(V + "(0010,0020) := substrin[site, 0, 4]"))
                .contains("substrin:function+unknown", "site:variable+external", "0:number", "4:number");
    }

    @Test
    void semanticTokensForARange() {
        String text = V + "-(0010,0010)\n-(0010,0020)";
        String uri = lsp.open(text);
        SemanticTokens t = LspHarness.get(lsp.remote.getTextDocumentService().semanticTokensRange(
                new SemanticTokensRangeParams(LspHarness.id(uri), new Range(new Position(2, 0), new Position(2, 12)))));
        assertThat(decode(text, t.getData())).containsExactly("-:operator", "(0010,0020):property");
    }

    // ---- symbols, folding

    @Test
    void documentSymbolsListVersionVariablesDeclarationsAndIfBlocks() {
        String uri = lsp.open(V + "describe site \"Site\"\nlabel := \"a\"\nlabel := \"b\"\nif ((0008,0060) = \"MR\") {\n"
                + "    inner := \"c\"\n}\nexport label \"field\"");
        List<DocumentSymbol> symbols = LspHarness.get(lsp.remote.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(LspHarness.id(uri)))).stream().map(e -> e.getRight()).toList();
        assertThat(symbols).extracting(DocumentSymbol::getName)
                .containsExactly("version 6.6", "describe site", "label", "if", "export label");
        assertThat(symbols.get(3).getChildren()).extracting(DocumentSymbol::getName).containsExactly("inner");
    }

    @Test
    void foldingCoversBlocksListsAndCommentRuns() {
        String uri = lsp.open(V + "// one\n// two\nphi := {\n    (0010,0030),\n    (0010,1040)\n}\n"
                + "if ((0008,0060) = \"MR\") {\n    -(0008,0080)\n} else {\n    -(0008,0081)\n}");
        List<FoldingRange> ranges = LspHarness.get(lsp.remote.getTextDocumentService().foldingRange(
                new FoldingRangeRequestParams(LspHarness.id(uri))));
        assertThat(ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine() + (r.getKind() == null ? "" : " " + r.getKind())))
                .containsExactlyInAnyOrder("1-2 comment", "3-5", "7-8", "9-10");
    }

    // ---- formatting

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(0010 , 0010):=\"A\"|(0010,0010) := \"A\"",
            "-  (0010,0010)   // keep me|-(0010,0010) // keep me",
            "(0010,0020) := substring[ (0010,0020) ,0,4 ]|(0010,0020) := substring[(0010,0020), 0, 4]",
            "removeTags[ */ (0008,0090) ]|removeTags[*/(0008,0090)]",
            "(0008,0060)~\"MR\" ? -(0008,0080)|(0008,0060) ~ \"MR\" ? -(0008,0080)",
            "(0010,0010) := \"a  ,  b\"|(0010,0010) := \"a  ,  b\"",
            "(0019,{ACME Corp}1a) ?= \"0\"|(0019,{ACME Corp}1A) ?= \"0\"",
    })
    void formattingNormalisesSpacing(String before, String after) {
        assertThat(format(V + before)).isEqualTo(V + after);
        assertThat(format(V + after)).isEqualTo(V + after);
    }

    @Test
    void formattingIndentsBlocksAndListsAndKeepsComments() {
        String messy = V + "if ( (0008,0060) = \"MR\" ) {\n-(0008,0080) // drop\n      } else {\n  phi := {\n(0010,0030),\n"
                + "  (0010,1040)\n   }\n}";
        String tidy = V + "if ( (0008,0060) = \"MR\" ) {\n    -(0008,0080) // drop\n} else {\n    phi := {\n        (0010,0030),\n"
                + "        (0010,1040)\n    }\n}";
        assertThat(format(messy)).isEqualTo(tidy);
        assertThat(format(tidy)).isEqualTo(tidy);
    }

    @Test
    void formattingLeavesScriptsWithSyntaxErrorsAlone() {
        assertThat(format(V + "(0010,0010)   :=  \"A\"\n(0010,0010) = = ")).isEqualTo(V + "(0010,0010)   :=  \"A\"\n(0010,0010) = = ");
    }

    @Test
    void formattingKeepsTheBlankThatSeparatesAConditionFromAName() {
        // (face would lex as half a tag (DE010): the blank is meaningful
        assertThat(format("version \"6.4\"\nif ( face = \"1\" )  {\n-(0010,0010)\n}"))
                .isEqualTo("version \"6.4\"\nif ( face = \"1\" ) {\n    -(0010,0010)\n}");
    }

    // ---- rename, references, highlight

    @Test
    void renameChangesEveryOccurrence() {
        LspHarness.Cursor c = LspHarness.Cursor.of(V + "label := \"A\"\n(0010,0010) := la|bel\necho label");
        String uri = lsp.open(c.text());
        WorkspaceEdit edit = LspHarness.get(lsp.remote.getTextDocumentService().rename(
                new RenameParams(LspHarness.id(uri), c.position(), "name")));
        assertThat(apply(c.text(), edit.getChanges().get(uri))).isEqualTo(V + "name := \"A\"\n(0010,0010) := name\necho name");
    }

    @Test
    void renameRefusesReservedWords() {
        LspHarness.Cursor c = LspHarness.Cursor.of(V + "label := \"A\"\n(0010,0010) := la|bel");
        String uri = lsp.open(c.text());
        var future = lsp.remote.getTextDocumentService().rename(new RenameParams(LspHarness.id(uri), c.position(), "echo"));
        assertThat(future).failsWithin(java.time.Duration.ofSeconds(10)).withThrowableThat()
                .withMessageContaining("cannot name a variable");
    }

    @Test
    void referencesAndHighlightsFindEveryOccurrence() {
        LspHarness.Cursor c = LspHarness.Cursor.of(V + "label := \"A\"\n(0010,0010) := |label\n(0010,0020) := label");
        String uri = lsp.open(c.text());
        assertThat(LspHarness.get(lsp.remote.getTextDocumentService().references(new ReferenceParams(
                LspHarness.id(uri), c.position(), new ReferenceContext(true))))).hasSize(3);
        assertThat(LspHarness.get(lsp.remote.getTextDocumentService().references(new ReferenceParams(
                LspHarness.id(uri), c.position(), new ReferenceContext(false))))).hasSize(2);
        assertThat(LspHarness.get(lsp.remote.getTextDocumentService().documentHighlight(new DocumentHighlightParams(
                LspHarness.id(uri), c.position()))).stream().map(h -> h.getKind().name()))
                .containsExactly("Write", "Read", "Read");
    }

    // ---- inlay hints

    @Test
    void inlayHintsNameRawTags() {
        String text = V + "(0010,0010) := (0010,0020)\n-(0019,{ACME}10)\n-(0010,XXXX)";
        String uri = lsp.open(text);
        List<InlayHint> hints = LspHarness.get(lsp.remote.getTextDocumentService().inlayHint(new InlayHintParams(
                LspHarness.id(uri), new Range(new Position(0, 0), new Position(4, 0)))));
        assertThat(hints.stream().map(h -> h.getPosition().getLine() + ":" + h.getPosition().getCharacter() + " "
                + h.getLabel().getLeft())).containsExactly("1:11 PatientName", "1:26 PatientID");
    }

    // ---- code actions: each quick fix applied, then re-linted

    static List<CodeAction> actions(String text, String uri) {
        return LspHarness.get(lsp.remote.getTextDocumentService().codeAction(new CodeActionParams(
                LspHarness.id(uri), new Range(new Position(0, 0), new Position(10_000, 0)),
                new CodeActionContext(List.of())))).stream().map(e -> e.getRight()).toList();
    }

    /** Applies the quick fix for {@code code} and returns the fixed text. */
    static String fix(String text, String code) {
        String uri = lsp.open(text);
        CodeAction action = actions(text, uri).stream()
                .filter(a -> a.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals(code)))
                .findFirst().orElseThrow(() -> new AssertionError("no quick fix for " + code + " in\n" + text));
        return apply(text, action.getEdit().getChanges().get(uri));
    }

    static List<String> lintCodes(String text) {
        return Linter.lint(text, AnalysisOptions.defaults()).diagnostics().stream().map(d -> d.code().name()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE101|version \"6.3\"\\n(0008,0020) ~ \"\\\\\\\\d{8}\" ? echo isMatch[(0008,0020), \"x\"]|version \"6.3\"\\n(0008,0020) ~ \"\\\\\\\\d{8}\" ? echo ismatch[(0008,0020), \"x\"]",
            "DE203|version \"6.1\"\\n-(2001,1019)|version \"6.1\"\\n-(2001,{CREATOR}19)",
            "DE301|project != \"Unassigned\" ? (0008,1030) := project|version \"6.1\"\\nproject != \"Unassigned\" ? (0008,1030) := project",
            "DE302|'  version \"6.1\"\\n-(0010,0010)'|version \"6.1\"\\n-(0010,0010)",
            "DE302|version \"6.1\" // why\\n-(0010,0010)|version \"6.1\"\\n// why\\n-(0010,0010)",
            "DE303|version \"6.1\"\\nremoveTags[(0010,1040)]|version \"6.6\"\\nremoveTags[(0010,1040)]",
            "DE406|(0010,0010) := \"ANON\"\\n(0010,0010) := subject|(0010,0010) := \"ANON\"\\n",
    })
    void quickFixRemovesItsDiagnostic(String code, String before, String after) {
        String wrong = before.replace("\\n", "\n");
        assertThat(lintCodes(wrong)).contains(code);
        String fixed = fix(wrong, code);
        assertThat(fixed).isEqualTo(after.replace("\\n", "\n"));
        assertThat(lintCodes(fixed)).doesNotContain(code);
    }

    @Test
    void everyQuickFixCodeHasAFixForItsCatalogueExample() {
        for (DiagnosticCode code : List.of(DiagnosticCode.DE101, DiagnosticCode.DE203, DiagnosticCode.DE301,
                DiagnosticCode.DE303, DiagnosticCode.DE406)) {
            String fixed = fix(code.wrongExample(), code.name());
            assertThat(lintCodes(fixed)).as(code + " fixed:\n" + fixed).doesNotContain(code.name());
        }
    }
}
