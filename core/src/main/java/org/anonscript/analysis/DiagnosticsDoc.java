package org.anonscript.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates {@code docs/diagnostics.md} from the metadata in {@link DiagnosticCode}, so the catalogue
 * is written once. Regenerate after changing a code:
 * {@code mvn -q -o -pl core -am compile && java -cp core/target/classes org.anonscript.analysis.DiagnosticsDoc docs/diagnostics.md}
 */
public final class DiagnosticsDoc {

    /** The command that rewrites the committed file, run from the repository root. */
    public static final String REGENERATE_COMMAND =
            "mvn -q -o -pl core -am compile && java -cp core/target/classes org.anonscript.analysis.DiagnosticsDoc docs/diagnostics.md";

    private DiagnosticsDoc() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/diagnostics.md");
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    /** The whole Markdown document. */
    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# anonscript diagnostics\n\n");
        out.append("<!-- Generated from DiagnosticCode by DiagnosticsDoc; do not edit. Regenerate with:\n     ")
                .append(REGENERATE_COMMAND).append(" -->\n\n");
        out.append("Every finding has a stable code, a default severity (configurable per code in ")
                .append("`.anonscript.json`), an exact range and, where a quick fix exists, machine data.\n\n");
        out.append("| code | severity | title |\n|---|---|---|\n");
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.append("| [").append(code.name()).append("](#").append(code.name().toLowerCase(java.util.Locale.ROOT)).append(") | ")
                    .append(code.defaultSeverity().label()).append(" | ").append(code.title()).append(" |\n");
        }
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.append("\n## ").append(code.name()).append("\n\n");
            out.append("**").append(code.title()).append("** — default severity: ")
                    .append(code.defaultSeverity().label()).append("\n\n");
            out.append(code.rationale()).append("\n\n");
            out.append("Wrong:\n\n```\n").append(code.wrongExample()).append("\n```\n\n");
            out.append("Right:\n\n```\n").append(code.rightExample()).append("\n```\n");
        }
        return out.toString();
    }
}
