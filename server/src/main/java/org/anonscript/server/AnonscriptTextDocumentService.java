package org.anonscript.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.anonscript.script.Range;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The protocol side of every document feature: find the snapshot, convert the position, call the
 * feature, return its answer. Every request honours cancellation; a failure inside a feature is logged
 * and answered with an empty result rather than breaking the session.
 */
public final class AnonscriptTextDocumentService implements TextDocumentService {

    /** Validation waits this long after the last edit (LemMinX does the same). */
    static final long DEBOUNCE_MS = 100;

    private final AnonscriptLanguageServer server;
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final SampleData samples = new SampleData();
    private final HoverFeature hover = new HoverFeature();
    private final CompletionFeature completion = new CompletionFeature();
    private final SignatureHelpFeature signatures = new SignatureHelpFeature();
    private final SemanticTokensFeature tokens = new SemanticTokensFeature();
    private final DocumentSymbolsFeature symbols = new DocumentSymbolsFeature();
    private final FoldingFeature folding = new FoldingFeature();
    private final Formatter formatter = new Formatter();
    private final VariableReferencesFeature variables = new VariableReferencesFeature();
    private final InlayHintsFeature inlays = new InlayHintsFeature();
    private final CodeActionsFeature actions = new CodeActionsFeature();
    private final CodeLensFeature lenses = new CodeLensFeature();
    private final TestRunFeature testRun = new TestRunFeature();
    /** Runtime errors of the last test-run per document, shown until the next edit. */
    private final Map<String, List<org.eclipse.lsp4j.Diagnostic>> runtimeErrors = new ConcurrentHashMap<>();

    AnonscriptTextDocumentService(AnonscriptLanguageServer server) {
        this.server = server;
    }

    SampleData samples() {
        return samples;
    }

    // ---- synchronisation and diagnostics

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        server.documents().open(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getTextDocument().getText());
        scheduleValidation(params.getTextDocument().getUri(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        runtimeErrors.remove(uri);
        server.documents().change(uri, params.getTextDocument().getVersion(), params.getContentChanges());
        scheduleValidation(uri, DEBOUNCE_MS);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        server.documents().close(uri);
        ScheduledFuture<?> f = pending.remove(uri);
        if (f != null) {
            f.cancel(false);
        }
        if (server.client() != null) {
            server.client().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
    }

    /** Validates after {@code delayMs}; a newer edit replaces the pending run, and a stale result is dropped. */
    void scheduleValidation(String uri, long delayMs) {
        if (server.isShutdown()) {
            return;
        }
        ScheduledFuture<?> previous = pending.put(uri, server.validation().schedule(() -> validate(uri),
                delayMs, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    void revalidateAll() {
        server.documents().uris().forEach(uri -> scheduleValidation(uri, 0));
    }

    private void validate(String uri) {
        try {
            Optional<Snapshot> snapshot = server.documents().snapshot(uri);
            if (snapshot.isEmpty() || server.client() == null) {
                return;
            }
            Snapshot s = snapshot.get();
            if (!server.documents().version(uri).equals(Optional.of(s.version()))) {
                return; // the document moved on; the newer run publishes
            }
            List<org.eclipse.lsp4j.Diagnostic> diagnostics = new java.util.ArrayList<>(
                    s.diagnostics().stream().map(Lsp::diagnostic).toList());
            diagnostics.addAll(runtimeErrors.getOrDefault(uri, List.of()));
            server.client().publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, s.version()));
        } catch (RuntimeException e) {
            server.internalError("validation of " + uri, e);
        }
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return run("diagnostic", params.getTextDocument().getUri(), new DocumentDiagnosticReport(
                new RelatedFullDocumentDiagnosticReport(List.of())), (doc, cancel) -> new DocumentDiagnosticReport(
                new RelatedFullDocumentDiagnosticReport(doc.diagnostics().stream().map(Lsp::diagnostic).toList())));
    }

    // ---- features

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return run("hover", params.getTextDocument().getUri(), null, (doc, cancel) -> {
            int offset = Lsp.offset(doc.source(), params.getPosition());
            return hover.hover(doc, offset, loadSamplesIfOnPath(doc, offset, cancel), cancel).orElse(null);
        });
    }

    /** Samples are read only when the hover needs them (a path step under the cursor). */
    private List<SampleData.Sample> loadSamplesIfOnPath(Snapshot doc, int offset, CancelChecker cancel) {
        if (doc.config().samples().isEmpty() || doc.index().stepAt(offset).isEmpty()) {
            return List.of();
        }
        return samples.load(doc.config().samples(), cancel);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return run("completion", params.getTextDocument().getUri(), Either.forRight(new CompletionList(List.of())),
                (doc, cancel) -> Either.forRight(completion.complete(doc,
                        Lsp.offset(doc.source(), params.getPosition()), cancel)));
    }

    @Override
    public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
        return CompletableFutures.computeAsync(server.requests(), cancel -> {
            try {
                return completion.resolve(item);
            } catch (RuntimeException e) {
                server.internalError("completionItem/resolve", e);
                return item;
            }
        });
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
        return run("signatureHelp", params.getTextDocument().getUri(), null, (doc, cancel) ->
                signatures.help(doc, Lsp.offset(doc.source(), params.getPosition())).orElse(null));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return run("semanticTokens/full", params.getTextDocument().getUri(), new SemanticTokens(List.of()),
                (doc, cancel) -> tokens.full(doc, cancel));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return run("semanticTokens/range", params.getTextDocument().getUri(), new SemanticTokens(List.of()),
                (doc, cancel) -> tokens.range(doc, Lsp.coreRange(doc.source(), params.getRange()), cancel));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return run("documentSymbol", params.getTextDocument().getUri(), List.of(), (doc, cancel) ->
                symbols.symbols(doc).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return run("foldingRange", params.getTextDocument().getUri(), List.of(), (doc, cancel) -> folding.ranges(doc));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return run("formatting", params.getTextDocument().getUri(), List.of(), (doc, cancel) ->
                formatter.format(doc, Optional.empty(), cancel));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        return run("rangeFormatting", params.getTextDocument().getUri(), List.of(), (doc, cancel) ->
                formatter.format(doc, Optional.of(Lsp.coreRange(doc.source(), params.getRange())), cancel));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return run("references", params.getTextDocument().getUri(), List.of(), (doc, cancel) ->
                variables.references(doc, Lsp.offset(doc.source(), params.getPosition()),
                        params.getContext() == null || params.getContext().isIncludeDeclaration()));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return run("documentHighlight", params.getTextDocument().getUri(), List.of(), (doc, cancel) ->
                variables.highlights(doc, Lsp.offset(doc.source(), params.getPosition())));
    }

    @Override
    public CompletableFuture<Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
            prepareRename(PrepareRenameParams params) {
        return run("prepareRename", params.getTextDocument().getUri(), null, (doc, cancel) ->
                variables.prepare(doc, Lsp.offset(doc.source(), params.getPosition()))
                        .map(r -> Either3.<org.eclipse.lsp4j.Range, PrepareRenameResult,
                                PrepareRenameDefaultBehavior>forFirst(Lsp.range(r))).orElse(null));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return run("rename", params.getTextDocument().getUri(), null, (doc, cancel) -> {
            try {
                return variables.rename(doc, Lsp.offset(doc.source(), params.getPosition()), params.getNewName())
                        .orElse(null);
            } catch (IllegalArgumentException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, e.getMessage(),
                        null));
            }
        });
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return run("inlayHint", params.getTextDocument().getUri(), List.of(), (doc, cancel) ->
                inlays.hints(doc, Lsp.coreRange(doc.source(), params.getRange())));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return run("codeAction", params.getTextDocument().getUri(), List.of(), (doc, cancel) -> {
            Range range = Lsp.coreRange(doc.source(), params.getRange());
            List<SampleData.Sample> loaded = doc.config().samples().isEmpty() ? List.of()
                    : samples.load(doc.config().samples(), cancel);
            return actions.actions(doc, range, loaded).stream().map(Either::<Command, CodeAction>forRight).toList();
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return run("codeLens", params.getTextDocument().getUri(), List.of(), (doc, cancel) -> lenses.lenses(doc));
    }

    /** {@code anonscript/runOnSamples}; the runtime errors are published with the document's diagnostics. */
    CompletableFuture<RunResult> runOnSamples(RunParams params) {
        String uri = params.getUri();
        return run("runOnSamples", uri, new RunResult(List.of()), (doc, cancel) -> {
            List<java.nio.file.Path> entries = params.getSamples() == null ? doc.config().samples()
                    : params.getSamples().stream().map(java.nio.file.Path::of).toList();
            TestRunFeature.Run result = testRun.run(doc, samples.load(entries, cancel), cancel);
            runtimeErrors.put(uri, result.diagnostics());
            scheduleValidation(uri, 0);
            return result.result();
        });
    }

    /**
     * Runs a feature on the request pool with a cancel checker. Cancellation propagates as LSP expects
     * (lsp4j answers a cancelled request with RequestCancelled, -32800); any other failure is logged and
     * answered with {@code empty}. Features check the checker between units of work (samples, lines,
     * tokens, candidates), so a cancelled request stops within one unit.
     */
    <T> CompletableFuture<T> run(String what, String uri, T empty, Feature<T> feature) {
        return CompletableFutures.computeAsync(server.requests(), cancel -> {
            RequestProbe probe = server.probe();
            CancelChecker checked = () -> {
                probe.checkpoint(what, cancel);
                cancel.checkCanceled();
            };
            boolean cancelled = false;
            try {
                Optional<Snapshot> doc = server.documents().snapshot(uri);
                if (doc.isEmpty()) {
                    return empty;
                }
                checked.checkCanceled();
                return feature.apply(doc.get(), checked);
            } catch (CancellationException e) {
                cancelled = true;
                throw e;
            } catch (ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // a bug for a test to find, but no reason to fail the request
                server.internalError(what + " on " + uri, e);
                return empty;
            } finally {
                probe.ended(what, cancelled);
            }
        });
    }

    @FunctionalInterface
    interface Feature<T> {
        T apply(Snapshot doc, CancelChecker cancel);
    }
}
