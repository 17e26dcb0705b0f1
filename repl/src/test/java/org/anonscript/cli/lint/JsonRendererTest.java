package org.anonscript.cli.lint;

import static org.anonscript.cli.lint.Fixtures.file;
import static org.anonscript.cli.lint.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static JsonArray render(LintedFile... files) {
        return JsonParser.parseString(new JsonRenderer().render(List.of(files))).getAsJsonArray();
    }

    @Test
    void oneObjectPerDiagnosticWithOneBasedEndExclusivePositions() {
        String text = "version \"6.7\"\n(0010,0010) := isMatch[\"a\", \"b\"]\n";
        JsonObject d = render(file("dir/x.das", text, on(text, "isMatch", DiagnosticCode.DE101, "Unknown function isMatch")))
                .get(0).getAsJsonObject();
        assertThat(d.keySet()).containsExactly("file", "line", "column", "endLine", "endColumn", "severity", "code", "message");
        assertThat(d.get("file").getAsString()).isEqualTo("dir/x.das");
        assertThat(d.get("line").getAsInt()).isEqualTo(2);
        assertThat(d.get("column").getAsInt()).isEqualTo(16);
        assertThat(d.get("endLine").getAsInt()).isEqualTo(2);
        assertThat(d.get("endColumn").getAsInt()).isEqualTo(23);
        assertThat(d.get("severity").getAsString()).isEqualTo("error");
        assertThat(d.get("code").getAsString()).isEqualTo("DE101");
        assertThat(d.get("message").getAsString()).isEqualTo("Unknown function isMatch");
    }

    @Test
    void severityLabelsAreTheFourLowerCaseWords() {
        String text = "a b c d";
        JsonArray all = render(file("s.das", text,
                on(text, "a", DiagnosticCode.DE005, Severity.ERROR, "m"),
                on(text, "b", DiagnosticCode.DE005, Severity.WARNING, "m"),
                on(text, "c", DiagnosticCode.DE005, Severity.INFO, "m"),
                on(text, "d", DiagnosticCode.DE005, Severity.HINT, "m")));
        assertThat(all.asList()).extracting(e -> e.getAsJsonObject().get("severity").getAsString())
                .containsExactly("error", "warning", "info", "hint");
    }

    @Test
    void quotesBackslashesAndNonAsciiSurviveTheRoundTrip() {
        String text = "(0010,0010) := \"Müller \\\\ \"\"\n";
        String message = "say \"ü\" and \\ <b>";
        JsonObject d = render(file("ü.das", text, on(text, "\"\"", DiagnosticCode.DE005, message))).get(0).getAsJsonObject();
        assertThat(d.get("message").getAsString()).isEqualTo(message);
        assertThat(d.get("file").getAsString()).isEqualTo("ü.das");
    }

    @Test
    void noDiagnosticsIsAnEmptyArray() {
        assertThat(render(file("ok.das", "- (0010,0030)\n"))).isEmpty();
    }
}
