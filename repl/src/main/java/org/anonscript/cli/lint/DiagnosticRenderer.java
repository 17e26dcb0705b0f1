package org.anonscript.cli.lint;

import java.util.List;

/** Turns lint results into the text of one output format; pure, so every format is tested as text. */
public interface DiagnosticRenderer {

    String render(List<LintedFile> files);
}
