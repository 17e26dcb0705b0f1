package org.anonscript.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The DicomEdit language server: capabilities, lifecycle and the two services. Requests run on a small
 * pool so a slow one never blocks the message loop; every new document version is analysed at once on
 * its own thread, and publishing its diagnostics is debounced on another.
 */
public final class AnonscriptLanguageServer implements LanguageServer, LanguageClientAware, AnonscriptProtocol {

    private final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("anonscript-request"));
    private final ScheduledExecutorService validation = Executors.newSingleThreadScheduledExecutor(
            daemon("anonscript-validation"));
    private final AtomicInteger internalErrors = new AtomicInteger();
    private volatile LanguageClient client;
    private final Settings settings = new Settings(this::warn);
    private final ExecutorService analysis = Executors.newSingleThreadExecutor(daemon("anonscript-analysis"));
    private final Documents documents = new Documents(settings::configFor, analysis);
    private final AnonscriptTextDocumentService textDocuments;
    private final AnonscriptWorkspaceService workspace;
    private volatile boolean shutdown;
    private volatile RequestProbe probe = RequestProbe.NONE;
    private final Runnable onExit;

    public AnonscriptLanguageServer() {
        this(() -> System.exit(0));
    }

    /** {@code onExit} runs on the {@code exit} notification (tests pass something gentler than System.exit). */
    public AnonscriptLanguageServer(Runnable onExit) {
        this.onExit = onExit;
        this.textDocuments = new AnonscriptTextDocumentService(this);
        this.workspace = new AnonscriptWorkspaceService(this);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        settings.setEditorSettings(params.getInitializationOptions());
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        caps.setHoverProvider(true);
        CompletionOptions completion = new CompletionOptions(true, List.of("(", ",", "\""));
        caps.setCompletionProvider(completion);
        caps.setSignatureHelpProvider(new SignatureHelpOptions(List.of("[", ","), List.of(",")));
        caps.setDocumentSymbolProvider(true);
        caps.setFoldingRangeProvider(true);
        caps.setDocumentFormattingProvider(true);
        caps.setDocumentRangeFormattingProvider(true);
        caps.setRenameProvider(new RenameOptions(true));
        caps.setReferencesProvider(true);
        caps.setDocumentHighlightProvider(true);
        caps.setInlayHintProvider(true);
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        caps.setCodeLensProvider(new CodeLensOptions(false));
        caps.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(
                SemanticTokensFeature.legend(), true, true));
        DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(false, false);
        diagnostics.setIdentifier(Lsp.SOURCE);
        caps.setDiagnosticProvider(diagnostics);
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("anonscript",
                getClass().getPackage().getImplementationVersion())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        validation.shutdownNow();
        analysis.shutdownNow();
        requests.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        validation.shutdownNow();
        analysis.shutdownNow();
        requests.shutdownNow();
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public CompletableFuture<RunResult> runOnSamples(RunParams params) {
        return textDocuments.runOnSamples(params);
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    LanguageClient client() {
        return client;
    }

    Documents documents() {
        return documents;
    }

    Settings settings() {
        return settings;
    }

    ExecutorService requests() {
        return requests;
    }

    ScheduledExecutorService validation() {
        return validation;
    }

    RequestProbe probe() {
        return probe;
    }

    /** For tests: watch (and hold) requests at their cancellation checkpoints. */
    void probe(RequestProbe probe) {
        this.probe = probe;
    }

    boolean isShutdown() {
        return shutdown;
    }

    /** Failures inside feature code (each is logged to the client); tests assert there are none. */
    public int internalErrors() {
        return internalErrors.get();
    }

    void internalError(String what, Throwable t) {
        internalErrors.incrementAndGet();
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(trace));
        log(MessageType.Error, what + " failed: " + trace);
    }

    void warn(String message) {
        log(MessageType.Warning, message);
    }

    void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
