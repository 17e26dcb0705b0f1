package org.anonscript.cli.lint;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Range;

/**
 * SARIF 2.1.0 (the format code-scanning services read): one run, one rule per {@link DiagnosticCode} in
 * catalogue order (so {@code ruleIndex} is the code's ordinal), one result per diagnostic. Rule texts and
 * default levels are read from the catalogue, never written here. Regions are 1-based with the end column
 * exclusive, counted in UTF-16 code units (declared as the run's {@code columnKind}).
 */
public final class SarifRenderer implements DiagnosticRenderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final String toolVersion;

    public SarifRenderer(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String render(List<LintedFile> files) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "anonscript");
        driver.addProperty("version", toolVersion);
        driver.add("rules", rules());

        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonArray results = new JsonArray();
        for (LintedFile file : files) {
            for (Diagnostic d : file.diagnostics()) {
                results.add(result(file.path(), d));
            }
        }

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);

        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
    }

    private static JsonArray rules() {
        JsonArray rules = new JsonArray();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            JsonObject text = message(code.title());
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", level(code.defaultSeverity()));
            JsonObject rule = new JsonObject();
            rule.addProperty("id", code.name());
            rule.add("shortDescription", text);
            rule.add("fullDescription", message(code.rationale()));
            rule.add("help", message(help(code)));
            rule.add("defaultConfiguration", configuration);
            rules.add(rule);
        }
        return rules;
    }

    /** The rule's help: why it matters, then a wrong and a right script. */
    static String help(DiagnosticCode code) {
        return code.rationale() + "\n\nWrong:\n" + code.wrongExample() + "\n\nRight:\n" + code.rightExample();
    }

    private static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }

    private static JsonObject result(String path, Diagnostic d) {
        JsonObject message = message(d.message());

        Range r = d.range();
        JsonObject region = new JsonObject();
        region.addProperty("startLine", r.start().line() + 1);
        region.addProperty("startColumn", r.start().column() + 1);
        region.addProperty("endLine", r.end().line() + 1);
        region.addProperty("endColumn", r.end().column() + 1);

        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uri(path));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);

        JsonObject result = new JsonObject();
        result.addProperty("ruleId", d.code().name());
        result.addProperty("ruleIndex", d.code().ordinal());
        result.addProperty("level", level(d.severity()));
        result.add("message", message);
        result.add("locations", locations);
        return result;
    }

    /** SARIF knows error, warning and note (plus none). */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
        };
    }

    /** Relative paths stay relative references (resolved against the repository by code scanning). */
    static String uri(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p.toUri().toASCIIString();
        }
        String slashed = path.replace(p.getFileSystem().getSeparator(), "/");
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed;
        }
    }
}
