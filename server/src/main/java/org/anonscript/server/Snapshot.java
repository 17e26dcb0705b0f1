package org.anonscript.server;

import org.anonscript.syntax.SyntaxIndex;
import java.util.List;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.LintResult;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.VariableAnalysis;
import org.anonscript.config.ProjectConfig;
import org.anonscript.script.Script;
import org.anonscript.script.SourceText;

/**
 * One version of one document with everything features compute from: the lint result (AST and
 * diagnostics), the variables and the syntax index, all under the configuration that applies to it.
 * Immutable; features are functions of (snapshot, position).
 */
public final class Snapshot {

    private final String uri;
    private final int version;
    private final String text;
    private final ProjectConfig config;
    private final LintResult lint;
    private final VariableAnalysis variables;
    private final SyntaxIndex index;

    public Snapshot(String uri, int version, String text, ProjectConfig config) {
        this.uri = uri;
        this.version = version;
        this.text = text;
        this.config = config;
        this.lint = Linter.lint(text, config.analysisOptions());
        this.variables = lint.variables();
        this.index = SyntaxIndex.of(lint.parse().script(), lint.parse().source());
    }

    public String uri() {
        return uri;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    public ProjectConfig config() {
        return config;
    }

    public Script script() {
        return lint.parse().script();
    }

    public SourceText source() {
        return lint.parse().source();
    }

    /** Diagnostics as configured: severity overrides applied, disabled codes removed. */
    public List<Diagnostic> diagnostics() {
        return config.filter(lint.diagnostics());
    }

    public VariableAnalysis variables() {
        return variables;
    }

    public SyntaxIndex index() {
        return index;
    }
}
