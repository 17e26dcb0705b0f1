package org.anonscript.cli.lint;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.List;
import org.anonscript.analysis.Diagnostic;

/**
 * A JSON array with one object per diagnostic:
 * {@code {"file","line","column","endLine","endColumn","severity","code","message"}}; lines and columns
 * 1-based (columns in UTF-16 code units), the end exclusive; severity one of {@code error|warning|info|hint}.
 */
public final class JsonRenderer implements DiagnosticRenderer {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** Field order is the declaration order, which Gson keeps for records. */
    record JsonDiagnostic(String file, int line, int column, int endLine, int endColumn, String severity,
            String code, String message) {

        static JsonDiagnostic of(String file, Diagnostic d) {
            return new JsonDiagnostic(file,
                    d.range().start().line() + 1, d.range().start().column() + 1,
                    d.range().end().line() + 1, d.range().end().column() + 1,
                    d.severity().label(), d.code().name(), d.message());
        }
    }

    @Override
    public String render(List<LintedFile> files) {
        List<JsonDiagnostic> all = new ArrayList<>();
        for (LintedFile file : files) {
            for (Diagnostic d : file.diagnostics()) {
                all.add(JsonDiagnostic.of(file.path(), d));
            }
        }
        return GSON.toJson(all) + "\n";
    }
}
