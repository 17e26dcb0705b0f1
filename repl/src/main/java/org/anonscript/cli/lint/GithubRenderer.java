package org.anonscript.cli.lint;

import java.util.List;
import org.anonscript.analysis.Diagnostic;

/**
 * GitHub Actions workflow commands, one line per diagnostic, which GitHub shows as annotations:
 * {@code ::error file=F,line=L,col=C,endLine=EL,endColumn=EC::CODE message}. Errors are {@code error},
 * warnings {@code warning}, infos and hints {@code notice}. Numbers are 1-based as in the JSON output.
 */
public final class GithubRenderer implements DiagnosticRenderer {

    @Override
    public String render(List<LintedFile> files) {
        StringBuilder out = new StringBuilder();
        for (LintedFile file : files) {
            for (Diagnostic d : file.diagnostics()) {
                out.append("::").append(command(d)).append(" file=").append(escapeProperty(file.path()))
                        .append(",line=").append(d.range().start().line() + 1)
                        .append(",col=").append(d.range().start().column() + 1)
                        .append(",endLine=").append(d.range().end().line() + 1)
                        .append(",endColumn=").append(d.range().end().column() + 1)
                        .append("::").append(escapeData(d.code().name() + " " + d.message()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String command(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "notice";
        };
    }

    /** The escaping GitHub's runner undoes for a command's message. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values also may not contain the separators {@code :} and {@code ,}. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
