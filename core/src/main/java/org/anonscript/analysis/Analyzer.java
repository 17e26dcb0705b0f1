package org.anonscript.analysis;

import java.util.List;
import org.anonscript.script.ParseResult;

/**
 * Semantic checks over a parsed script (spec §15 codes DE1xx, DE206–DE210, DE3xx, DE4xx).
 * PLACEHOLDER signature fixed for parallel work; the analyzer branch replaces the body.
 */
public final class Analyzer {

    private Analyzer() {
    }

    public static List<Diagnostic> analyze(ParseResult parsed, AnalysisOptions options) {
        throw new UnsupportedOperationException("analyzer not built yet");
    }
}
