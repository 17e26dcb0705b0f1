package org.anonscript.analysis;

import java.util.Map;
import org.anonscript.script.Range;

/**
 * One finding about a script: a stable code, a severity (the code's default unless configured), the exact
 * range in the user's text, a message that says what to do, and machine-readable data for quick fixes
 * (e.g. {@code "suggestion" -> "ismatch"}).
 */
public record Diagnostic(DiagnosticCode code, Severity severity, Range range, String message, Map<String, String> data) {

    public Diagnostic {
        data = Map.copyOf(data);
    }

    public static Diagnostic of(DiagnosticCode code, Range range, String message) {
        return new Diagnostic(code, code.defaultSeverity(), range, message, Map.of());
    }

    public static Diagnostic of(DiagnosticCode code, Range range, String message, Map<String, String> data) {
        return new Diagnostic(code, code.defaultSeverity(), range, message, data);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, range, message, data);
    }
}
