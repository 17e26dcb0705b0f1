package org.anonscript.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anonscript.script.Range;
import org.anonscript.syntax.SemanticTokenClassifier;
import org.anonscript.syntax.SemanticTokenClassifier.Token;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Semantic tokens (issue 5, item 5): the core's {@link SemanticTokenClassifier} (shared with the REPL's
 * highlighting) encoded for LSP; full document or a range.
 */
public final class SemanticTokensFeature {

    public static final List<String> TYPES = SemanticTokenClassifier.TYPES;
    public static final List<String> MODIFIERS = SemanticTokenClassifier.MODIFIERS;

    /** Tokens encoded between two cancellation checks (a check per token would cost more than the token). */
    static final int CHECK_EVERY = 256;

    public static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, MODIFIERS);
    }

    public SemanticTokens full(Snapshot doc, CancelChecker cancel) {
        return encode(tokens(doc, Optional.empty(), cancel), cancel);
    }

    public SemanticTokens range(Snapshot doc, Range range, CancelChecker cancel) {
        return encode(tokens(doc, Optional.of(range), cancel), cancel);
    }

    public List<Token> tokens(Snapshot doc, Optional<Range> within, CancelChecker cancel) {
        cancel.checkCanceled();
        List<Token> tokens = SemanticTokenClassifier.tokens(doc.script(), doc.source(), doc.variables(), within);
        cancel.checkCanceled();
        return tokens;
    }

    /** The LSP encoding (five integers per token, positions relative to the previous token). */
    static SemanticTokens encode(List<Token> tokens, CancelChecker cancel) {
        List<Integer> data = new ArrayList<>(tokens.size() * 5);
        int line = 0;
        int column = 0;
        int count = 0;
        for (Token t : tokens) {
            if (count++ % CHECK_EVERY == 0) {
                cancel.checkCanceled();
            }
            int deltaLine = t.line() - line;
            data.add(deltaLine);
            data.add(deltaLine == 0 ? t.column() - column : t.column());
            data.add(t.length());
            data.add(t.type());
            data.add(t.modifiers());
            line = t.line();
            column = t.column();
        }
        return new SemanticTokens(data);
    }
}
