package org.anonscript.analysis;

import java.util.List;
import org.anonscript.script.ParseResult;

/**
 * Semantic checks over a parsed script (spec §15 codes DE101–DE108, DE206–DE210, DE3xx, DE4xx); the
 * parser reports DE001–DE010 and DE201–DE205. Total: never throws, whatever the AST holds
 * ({@code Erroneous} statements and {@code Missing} expressions are simply skipped).
 */
public final class Analyzer {

    private Analyzer() {
    }

    public static List<Diagnostic> analyze(ParseResult parsed, AnalysisOptions options) {
        return analyze(parsed, options, VariableAnalysis.of(parsed.script()));
    }

    /** The same, reusing the variables the caller already worked out for this script. */
    public static List<Diagnostic> analyze(ParseResult parsed, AnalysisOptions options, VariableAnalysis variables) {
        AnalysisContext ctx = new AnalysisContext(parsed, options, variables);
        ExpressionChecks.run(ctx);
        PathChecks.run(ctx);
        VariableChecks.run(ctx);
        VersionChecks.run(ctx);
        EffectChecks.run(ctx);
        return List.copyOf(ctx.findings());
    }
}
