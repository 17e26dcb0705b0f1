package org.anonscript.server;

import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Sees every cancellation checkpoint of every request and how each request ended. The server's probe
 * does nothing; cancellation tests install one that holds a request at a checkpoint until the client's
 * {@code $/cancelRequest} has arrived, so they never depend on timing.
 */
interface RequestProbe {

    RequestProbe NONE = new RequestProbe() {
    };

    /** Called at each checkpoint of request {@code method}, before the check; {@code cancel} is the request's own. */
    default void checkpoint(String method, CancelChecker cancel) {
    }

    /** Called once when request {@code method} is done: {@code cancelled} when it stopped at a checkpoint. */
    default void ended(String method, boolean cancelled) {
    }
}
