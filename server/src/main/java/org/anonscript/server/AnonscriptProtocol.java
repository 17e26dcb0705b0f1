package org.anonscript.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/** The server's requests beyond LSP; clients build their proxies from this interface. */
@JsonSegment("anonscript")
public interface AnonscriptProtocol {

    /** {@code anonscript/runOnSamples}: runs the script on the given or configured samples (issue 5, item 8). */
    @JsonRequest
    CompletableFuture<RunResult> runOnSamples(RunParams params);
}
