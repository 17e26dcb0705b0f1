package org.anonscript.cli.lint;

import java.util.List;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.anonscript.script.SourceText;

/** Diagnostics written by hand, so the renderers are tested on data independent of the analyzer. */
final class Fixtures {

    private Fixtures() {
    }

    /** A diagnostic on the first occurrence of {@code marked} in the text (the range covers exactly it). */
    static Diagnostic on(String text, String marked, DiagnosticCode code, String message) {
        int start = text.indexOf(marked);
        if (start < 0) {
            throw new IllegalArgumentException("'" + marked + "' not in the fixture");
        }
        return Diagnostic.of(code, new SourceText(text).range(start, start + marked.length()), message);
    }

    /** An empty-range diagnostic at an offset (what parsers report at the end of the text). */
    static Diagnostic at(String text, int offset, DiagnosticCode code, String message) {
        return Diagnostic.of(code, new SourceText(text).range(offset, offset), message);
    }

    static Diagnostic on(String text, String marked, DiagnosticCode code, Severity severity, String message) {
        return on(text, marked, code, message).withSeverity(severity);
    }

    static LintedFile file(String path, String text, Diagnostic... diagnostics) {
        return new LintedFile(path, new SourceText(text), List.of(diagnostics));
    }
}
