package org.anonscript.analysis;

import java.util.List;
import org.anonscript.script.ParseResult;

/**
 * Parse result plus every diagnostic (syntax and semantic), sorted by position then code, and the
 * variables the analysis worked out (so editors need not walk the script again for them).
 */
public record LintResult(ParseResult parse, List<Diagnostic> diagnostics, VariableAnalysis variables) {

    public LintResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public LintResult(ParseResult parse, List<Diagnostic> diagnostics) {
        this(parse, diagnostics, VariableAnalysis.of(parse.script()));
    }

    public boolean hasAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
    }
}
