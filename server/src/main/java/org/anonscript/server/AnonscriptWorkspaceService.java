package org.anonscript.server;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Configuration changes take effect at once: every open document is re-validated under the new settings. */
public final class AnonscriptWorkspaceService implements WorkspaceService {

    private final AnonscriptLanguageServer server;

    AnonscriptWorkspaceService(AnonscriptLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        server.settings().setEditorSettings(params.getSettings());
        server.documents().invalidate();
        ((AnonscriptTextDocumentService) server.getTextDocumentService()).revalidateAll();
    }

    /** A changed {@code .anonscript.json} is re-read on next use (by its modification time); re-validate now. */
    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        server.documents().invalidate();
        ((AnonscriptTextDocumentService) server.getTextDocumentService()).revalidateAll();
    }
}
