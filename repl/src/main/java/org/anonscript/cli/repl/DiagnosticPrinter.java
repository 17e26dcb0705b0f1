package org.anonscript.cli.repl;

import java.util.List;
import org.anonscript.analysis.Diagnostic;

/**
 * Shows diagnostics under the line they are about, a caret run under the range and the code, e.g.
 * <pre>
 *   (0010,0010) := lowercase[(0010,0010)]
 *                  ^^^^^^^^^ DE101 error: unknown function lowercase
 * </pre>
 */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    static void print(EntryText entry, List<Diagnostic> diagnostics, StringBuilder out) {
        String text = entry.userText();
        for (Diagnostic d : diagnostics) {
            int start = entry.userOffset(d.range().start());
            int end = Math.max(start + 1, entry.userOffset(d.range().end()));
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            int column = Math.max(0, start - lineStart);
            int width = Math.max(1, Math.min(end, lineEnd) - start);
            out.append("  ").append(line.replace('\t', ' ')).append('\n');
            out.append("  ").append(" ".repeat(column)).append("^".repeat(width)).append(' ')
                    .append(d.code().name()).append(' ')
                    .append(d.severity().name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                    .append(d.message()).append('\n');
        }
    }
}
