package org.anonscript.script;

import java.util.List;
import org.anonscript.analysis.Diagnostic;

/** What {@code ScriptParser.parse} returns: always a script (possibly with {@code Erroneous} statements) plus syntax diagnostics. */
public record ParseResult(Script script, List<Diagnostic> diagnostics, SourceText source) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
