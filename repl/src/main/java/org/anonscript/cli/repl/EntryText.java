package org.anonscript.cli.repl;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.LintResult;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Dialect;
import org.anonscript.script.Position;
import org.anonscript.script.Range;
import org.anonscript.script.Statement;

/**
 * One REPL entry as the core sees it: the user's text behind a fixed preamble (the session's
 * {@code version} line for DE6, so dialect detection and DE303 work as in the saved script), linted by
 * the core. Positions are mapped back to the user's text for carets and error messages.
 */
record EntryText(String userText, String preamble, LintResult lint) {

    static EntryText lint(String userText, String preamble, Dialect dialect, AnalysisOptions options) {
        return new EntryText(userText, preamble, Linter.lint(preamble + userText, options.withDialect(dialect)));
    }

    /** The statements of the user's text (the preamble's {@code version} line excluded). */
    List<Statement> statements() {
        return lint.parse().script().statements().stream()
                .filter(s -> s.range().end().offset() > preamble.length()).toList();
    }

    boolean hasSyntaxErrors() {
        return lint.parse().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    boolean hasErrors() {
        return lint.hasAtLeast(Severity.ERROR);
    }

    /** Diagnostics on the user's text (not on the preamble). */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : lint.diagnostics()) {
            if (d.range().end().offset() >= preamble.length() || d.range().start().offset() >= preamble.length()) {
                out.add(d);
            }
        }
        return out;
    }

    /** The user's text of a node of this entry. */
    String sourceOf(Range r) {
        String all = preamble + userText;
        int from = Math.max(preamble.length(), r.start().offset());
        int to = Math.min(all.length(), Math.max(from, r.end().offset()));
        return all.substring(from, to);
    }

    /** A 0-based offset into the user's text. */
    int userOffset(Position p) {
        return Math.max(0, Math.min(userText.length(), p.offset() - preamble.length()));
    }

    /** {@code line:column} (1-based) in the user's text. */
    String where(Position p) {
        int offset = userOffset(p);
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (userText.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }
}
