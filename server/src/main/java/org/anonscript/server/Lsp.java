package org.anonscript.server;

import java.util.Map;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.Severity;
import org.anonscript.script.SourceText;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The one adapter between core types and LSP types. Both sides count 0-based lines and UTF-16 columns,
 * so positions map one to one; LSP positions are clamped into the text as LSP asks servers to do.
 */
public final class Lsp {

    public static final String SOURCE = "anonscript";

    private Lsp() {
    }

    public static Position position(org.anonscript.script.Position p) {
        return new Position(p.line(), p.column());
    }

    public static Range range(org.anonscript.script.Range r) {
        return new Range(position(r.start()), position(r.end()));
    }

    /** The offset an LSP position denotes in the text (clamped). */
    public static int offset(SourceText source, Position p) {
        return source.offsetAt(p.getLine(), p.getCharacter());
    }

    public static org.anonscript.script.Range coreRange(SourceText source, Range r) {
        int start = offset(source, r.getStart());
        int end = offset(source, r.getEnd());
        return source.range(Math.min(start, end), Math.max(start, end));
    }

    public static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    public static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range(d.range()), d.message(),
                severity(d.severity()), SOURCE, d.code().name());
        if (!d.data().isEmpty()) {
            out.setData(Map.copyOf(d.data()));
        }
        return out;
    }
}
