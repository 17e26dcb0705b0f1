package org.anonscript.cli.lint;

import java.util.List;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Position;
import org.anonscript.script.SourceText;

/**
 * Human-readable output in the compiler style editors and terminals recognise:
 * <pre>
 * file:line:col: severity CODE message
 * the source line
 *        ^^^^^^^
 * </pre>
 * followed by a one-line summary. Lines and columns are 1-based; columns count UTF-16 code units.
 */
public final class TextRenderer implements DiagnosticRenderer {

    @Override
    public String render(List<LintedFile> files) {
        StringBuilder out = new StringBuilder();
        int[] counts = new int[Severity.values().length];
        for (LintedFile file : files) {
            for (Diagnostic d : file.diagnostics()) {
                counts[d.severity().ordinal()]++;
                Position start = d.range().start();
                out.append(file.path()).append(':').append(start.line() + 1).append(':').append(start.column() + 1)
                        .append(": ").append(d.severity().label()).append(' ').append(d.code().name())
                        .append(' ').append(d.message()).append('\n');
                appendSnippet(out, file.source(), d);
            }
        }
        out.append(summary(counts, files.size())).append('\n');
        return out.toString();
    }

    /** The source line, then carets under the range (to the end of the line when the range spans lines). */
    private static void appendSnippet(StringBuilder out, SourceText source, Diagnostic d) {
        Position start = d.range().start();
        Position end = d.range().end();
        if (start.line() >= source.lineCount()) {
            return;
        }
        String line = source.line(start.line());
        int from = Math.min(start.column(), line.length());
        int to = end.line() == start.line() ? Math.min(end.column(), line.length()) : line.length();
        int width = Math.max(1, to - from);
        out.append(line).append('\n');
        for (int i = 0; i < from; i++) {
            // keep tabs so the carets line up under the same characters
            out.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append("^".repeat(width)).append('\n');
    }

    static String summary(int[] counts, int fileCount) {
        StringBuilder s = new StringBuilder();
        s.append(plural(counts[Severity.ERROR.ordinal()], "error")).append(", ")
                .append(plural(counts[Severity.WARNING.ordinal()], "warning")).append(", ")
                .append(plural(counts[Severity.INFO.ordinal()] + counts[Severity.HINT.ordinal()], "note"))
                .append(" in ").append(plural(fileCount, "file"));
        return s.toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
