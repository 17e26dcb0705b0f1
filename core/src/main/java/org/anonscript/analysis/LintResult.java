package org.anonscript.analysis;

import java.util.List;
import org.anonscript.script.ParseResult;

/** Parse result plus every diagnostic (syntax and semantic), sorted by position then code. */
public record LintResult(ParseResult parse, List<Diagnostic> diagnostics) {

    public LintResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
    }
}
