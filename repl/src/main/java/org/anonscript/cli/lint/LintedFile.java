package org.anonscript.cli.lint;

import java.util.List;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.script.SourceText;

/**
 * One script and what the linter found in it: the data every output format renders.
 *
 * @param path        the file as the user sees it (relative paths stay relative), or {@code <stdin>}
 * @param source      the text that was linted, for source lines and caret underlines
 * @param diagnostics sorted by position, as {@code Linter.lint} returns them
 */
public record LintedFile(String path, SourceText source, List<Diagnostic> diagnostics) {

    public LintedFile {
        diagnostics = List.copyOf(diagnostics);
    }
}
