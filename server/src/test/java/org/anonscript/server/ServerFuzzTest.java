package org.anonscript.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random edits (half-typed tags, unbalanced brackets, huge lines, stray characters) with a
 * random request after each: the server must answer every request, and no feature may fail inside.
 * Seeded; the seed and the text at the failure are printed.
 */
class ServerFuzzTest {

    static final int EDITS = 2000;

    static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", "\"", "\\", "\n", "\n\n", " ", ",", ":=", "?=", "?", ":", "=", "~", "!~", "-",
        "/", "*/", "%", "//", "(0010,", "(0010,0010)", "(0010,001", "(0019,{SIEMENS MR HEADER}0B)", "(2001,1019)",
        "(60XX,3000)", "(0008,1140)[0]/(0008,1155)", "[%]", "version \"6.", "version \"6.6\"\n", "if (", "} elseif (",
        "} else {", "echo ", "describe x \"", "export ", "removeAllPrivateTags", "substring[", "concatenate[",
        "lowercase[(0010,0010)]", "isMatch", "label", "label := ", "new UID", "PatientBi", "\"6.1\"", "'", ";", "é",
        "\uD83D\uDE00", "\r\n", "\t", "0", "123456789", "x", "include file:///a", "hashUIDList[{", "retainPrivateTags[\"",
    };

    @Test
    void serverSurvivesRandomEditsAndRequests() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("version \"6.6\"\n(0010,0010) := \"ANON\"\nlabel := lowercase[(0010,0020)]\n");
        try (LspHarness lsp = new LspHarness()) {
            String uri = lsp.open(text.toString());
            TextDocumentService docs = lsp.remote.getTextDocumentService();
            List<CompletableFuture<?>> inFlight = new ArrayList<>();
            for (int version = 2; version <= EDITS + 1; version++) {
                String before = text.toString();
                try {
                    edit(random, text, lsp, uri, version);
                    inFlight.add(request(random, docs, uri, text.toString()));
                    if (inFlight.size() >= 8) {
                        for (CompletableFuture<?> f : inFlight) {
                            f.get(20, TimeUnit.SECONDS);
                        }
                        inFlight.clear();
                    }
                } catch (Exception | AssertionError e) {
                    throw new AssertionError("seed " + seed + " (rerun with -Dfuzz.seed=" + seed + "), edit " + version
                            + ", text before the edit:\n" + before, e);
                }
            }
            for (CompletableFuture<?> f : inFlight) {
                LspHarness.get(f);
            }
            assertThat(lsp.server.internalErrors()).as("seed %d: failures inside features: %s", seed, lsp.client.logs)
                    .isZero();
        }
    }

    private static void edit(Random random, StringBuilder text, LspHarness lsp, String uri, int version) {
        org.anonscript.script.SourceText source = new org.anonscript.script.SourceText(text.toString());
        int start = random.nextInt(text.length() + 1);
        int end = random.nextInt(4) == 0 ? Math.min(text.length(), start + random.nextInt(30)) : start;
        // never split a surrogate pair: a real editor would not either
        start = avoidSurrogateMiddle(text, start);
        end = Math.max(start, avoidSurrogateMiddle(text, end));
        String insert;
        int kind = random.nextInt(100);
        if (kind < 2) {
            insert = "\"" + "A".repeat(1000 + random.nextInt(3000)) + (random.nextBoolean() ? "\"" : "");
        } else if (kind < 4) {
            insert = "(".repeat(1 + random.nextInt(60));
        } else {
            insert = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
        }
        if (text.length() > 6_000) {
            start = 0;
            end = text.length() / 2;
            end = avoidSurrogateMiddle(text, end);
        }
        Position from = Lsp.position(source.positionAt(start));
        Position to = Lsp.position(source.positionAt(end));
        text.replace(start, end, insert);
        lsp.remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(new Range(from, to), insert))));
    }

    private static int avoidSurrogateMiddle(CharSequence text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset - 1 : offset;
    }

    private static CompletableFuture<?> request(Random random, TextDocumentService docs, String uri, String text) {
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        Position p = randomPosition(random, text);
        Range r = new Range(randomPosition(random, text), randomPosition(random, text));
        if (r.getEnd().getLine() < r.getStart().getLine()) {
            r = new Range(r.getEnd(), r.getStart());
        }
        return switch (random.nextInt(17)) {
            case 0 -> docs.hover(new HoverParams(id, p));
            case 1 -> docs.completion(new CompletionParams(id, p));
            case 2 -> docs.signatureHelp(new SignatureHelpParams(id, p));
            case 3 -> docs.semanticTokensFull(new SemanticTokensParams(id));
            case 4 -> docs.semanticTokensRange(new SemanticTokensRangeParams(id, r));
            case 5 -> docs.documentSymbol(new DocumentSymbolParams(id));
            case 6 -> docs.foldingRange(new FoldingRangeRequestParams(id));
            case 7 -> docs.formatting(new DocumentFormattingParams(id, new FormattingOptions(4, true)));
            case 8 -> docs.rangeFormatting(new DocumentRangeFormattingParams(id, new FormattingOptions(4, true), r));
            case 9 -> docs.references(new ReferenceParams(id, p, new ReferenceContext(true)));
            case 10 -> docs.documentHighlight(new DocumentHighlightParams(id, p));
            case 11 -> docs.prepareRename(new PrepareRenameParams(id, p));
            case 12 -> docs.inlayHint(new InlayHintParams(id, r));
            case 13 -> docs.codeAction(new CodeActionParams(id, r, new CodeActionContext(List.of())));
            case 14 -> docs.codeLens(new CodeLensParams(id));
            case 15 -> docs.diagnostic(new DocumentDiagnosticParams(id));
            default -> docs.resolveCompletionItem(new org.eclipse.lsp4j.CompletionItem("x"));
        };
    }

    /** Usually inside the text, sometimes past the end of a line or of the document (clients do that). */
    private static Position randomPosition(Random random, String text) {
        String[] lines = text.split("\n", -1);
        int line = random.nextInt(lines.length + (random.nextInt(20) == 0 ? 3 : 0));
        int length = line < lines.length ? lines[line].length() : 0;
        return new Position(line, random.nextInt(length + (random.nextInt(10) == 0 ? 5 : 1)));
    }
}
