package org.anonscript.cli.lint;

import java.util.Locale;

/** The output formats of {@code anonscript lint --format}. */
public enum OutputFormat {
    TEXT,
    JSON,
    SARIF,
    GITHUB;

    /** The spelling on the command line: {@code text}, {@code json}, {@code sarif}, {@code github}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public DiagnosticRenderer renderer(String toolVersion) {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case JSON -> new JsonRenderer();
            case SARIF -> new SarifRenderer(toolVersion);
            case GITHUB -> new GithubRenderer();
        };
    }
}
