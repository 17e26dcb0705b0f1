package org.anonscript.cli.lint;

import static org.anonscript.cli.lint.Fixtures.file;
import static org.anonscript.cli.lint.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Arrays;
import java.util.List;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static final String TEXT = "version \"6.7\"\n(0010,0010) := isMatch[\"a\", \"b\"]\n- (0010,0030) extra\n";

    private static JsonObject render(LintedFile... files) {
        return JsonParser.parseString(new SarifRenderer("1.2.3").render(List.of(files))).getAsJsonObject();
    }

    private static JsonObject sample() {
        return render(file("scripts/my site.das", TEXT,
                on(TEXT, "isMatch", DiagnosticCode.DE101, "Unknown function isMatch"),
                on(TEXT, "extra", DiagnosticCode.DE005, Severity.INFO, "Unexpected 'extra'")));
    }

    private static JsonObject run(JsonObject log) {
        return log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    @Test
    void logHasVersionSchemaAndOneRun() {
        JsonObject log = sample();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").getAsString()).endsWith("sarif-schema-2.1.0.json");
        assertThat(log.getAsJsonArray("runs")).hasSize(1);
        JsonObject driver = run(log).getAsJsonObject("tool").getAsJsonObject("driver");
        assertThat(driver.get("name").getAsString()).isEqualTo("anonscript");
        assertThat(driver.get("version").getAsString()).isEqualTo("1.2.3");
    }

    @Test
    void oneRulePerCodeWithTitleAndDefaultLevelFromTheCatalogue() {
        JsonArray rules = run(sample()).getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertThat(rules.asList()).extracting(r -> r.getAsJsonObject().get("id").getAsString())
                .containsExactlyElementsOf(Arrays.stream(DiagnosticCode.values()).map(Enum::name).toList());
        for (DiagnosticCode code : DiagnosticCode.values()) {
            JsonObject rule = rules.get(code.ordinal()).getAsJsonObject();
            assertThat(rule.getAsJsonObject("shortDescription").get("text").getAsString()).isEqualTo(code.title());
            assertThat(rule.getAsJsonObject("fullDescription").get("text").getAsString()).isEqualTo(code.rationale());
            assertThat(rule.getAsJsonObject("help").get("text").getAsString())
                    .contains(code.wrongExample()).contains(code.rightExample());
            assertThat(rule.getAsJsonObject("defaultConfiguration").get("level").getAsString())
                    .isEqualTo(SarifRenderer.level(code.defaultSeverity()));
        }
    }

    @Test
    void resultsPointAtTheirRuleAndRegion() {
        JsonObject run = run(sample());
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        JsonArray results = run.getAsJsonArray("results");
        assertThat(results).hasSize(2);
        for (JsonElement e : results) {
            JsonObject result = e.getAsJsonObject();
            String ruleId = result.get("ruleId").getAsString();
            assertThat(rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString()).isEqualTo(ruleId);
            assertThat(result.get("level").getAsString()).isIn("error", "warning", "note", "none");
            assertThat(result.getAsJsonObject("message").get("text").getAsString()).isNotBlank();
        }
        JsonObject first = results.get(0).getAsJsonObject();
        assertThat(first.get("ruleId").getAsString()).isEqualTo("DE101");
        assertThat(first.get("level").getAsString()).isEqualTo("error");
        JsonObject location = first.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertThat(location.getAsJsonObject("artifactLocation").get("uri").getAsString()).isEqualTo("scripts/my%20site.das");
        JsonObject region = location.getAsJsonObject("region");
        assertThat(List.of(region.get("startLine").getAsInt(), region.get("startColumn").getAsInt(),
                region.get("endLine").getAsInt(), region.get("endColumn").getAsInt()))
                .containsExactly(2, 16, 2, 23);
        assertThat(results.get(1).getAsJsonObject().get("level").getAsString()).isEqualTo("note");
    }

    @Test
    void columnsAreDeclaredAsUtf16CodeUnits() {
        assertThat(run(sample()).get("columnKind").getAsString()).isEqualTo("utf16CodeUnits");
    }

    @Test
    void absolutePathsBecomeFileUris() {
        assertThat(SarifRenderer.uri("/tmp/a b.das")).isEqualTo("file:///tmp/a%20b.das");
    }

    @Test
    void noDiagnosticsStillListsTheRulesAndAnEmptyResultArray() {
        JsonObject run = run(render(file("ok.das", "- (0010,0030)\n")));
        assertThat(run.getAsJsonArray("results")).isEmpty();
        assertThat(run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")).hasSize(DiagnosticCode.values().length);
    }
}
