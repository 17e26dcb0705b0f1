package org.anonscript.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void foundByWalkingUpFromTheScript() throws Exception {
        Path config = Files.writeString(dir.resolve(".anonscript.json"), "{}");
        Path script = dir.resolve("a/b/site.das");
        Files.createDirectories(script.getParent());
        assertThat(ConfigLoader.find(script)).contains(config.toAbsolutePath().normalize());
    }

    @Test
    void absentFileGivesDefaults() throws Exception {
        // a file further up (outside the temporary folder) could exist on a developer's machine: look only here
        assertThat(ConfigLoader.find(dir).filter(p -> p.startsWith(dir))).isEmpty();
        assertThat(ProjectConfig.defaults().samples()).isEmpty();
        assertThat(ProjectConfig.defaults().network()).isFalse();
    }

    @Test
    void readsEverySetting() throws Exception {
        Path config = Files.writeString(dir.resolve(".anonscript.json"), """
                { "samples": ["samples/", "/data/ct.dcm"], "bindings": {"project": "P1"},
                  "sessions": ["S1_MR1"], "dialect": "6", "network": true,
                  "severities": {"DE403": "off", "de104": "error"} }""");
        ProjectConfig c = ConfigLoader.read(config);
        assertThat(c.samples()).containsExactly(dir.resolve("samples").toAbsolutePath().normalize(), Path.of("/data/ct.dcm"));
        assertThat(c.bindings()).isEqualTo(Map.of("project", "P1"));
        assertThat(c.sessions()).containsExactly("S1_MR1");
        assertThat(c.dialect()).contains(Dialect.DE6);
        assertThat(c.network()).isTrue();
        assertThat(c.severities()).isEqualTo(Map.of(DiagnosticCode.DE104, Severity.ERROR));
        assertThat(c.disabled()).containsExactly(DiagnosticCode.DE403);
    }

    @Test
    void lookupTablesAreOneFileOrAListResolvedAgainstTheFilesFolder() throws Exception {
        Path one = Files.writeString(dir.resolve(".anonscript.json"), "{\"lookup\": \"tables/ids.properties\"}");
        assertThat(ConfigLoader.read(one).lookups()).containsExactly(dir.resolve("tables/ids.properties").toAbsolutePath().normalize());
        Path two = Files.writeString(dir.resolve(".anonscript.json"), "{\"lookup\": [\"a.txt\", \"/etc/b.txt\"]}");
        assertThat(ConfigLoader.read(two).lookups()).containsExactly(dir.resolve("a.txt").toAbsolutePath().normalize(),
                Path.of("/etc/b.txt"));
        assertThat(ConfigLoader.read(Files.writeString(dir.resolve(".anonscript.json"), "{}")).lookups()).isEmpty();
        Path bad = Files.writeString(dir.resolve(".anonscript.json"), "{\"lookup\": {\"t\": 1}}");
        assertThatThrownBy(() -> ConfigLoader.read(bad)).isInstanceOf(ConfigException.class).hasMessageContaining("lookup");
    }

    @Test
    void severitiesAndDisabledCodesApplyToLinting() throws Exception {
        Path config = Files.writeString(dir.resolve(".anonscript.json"),
                "{\"severities\": {\"DE403\": \"off\", \"DE104\": \"error\"}}");
        ProjectConfig c = ConfigLoader.read(config);
        String script = "version \"6.1\"\n(0008,0060) ~ \"MR\" ? -(0008,0080)\n(0010,0010) := label";
        List<Diagnostic> raw = Linter.lint(script, c.analysisOptions()).diagnostics();
        assertThat(raw).extracting(Diagnostic::code).contains(DiagnosticCode.DE403);
        List<Diagnostic> shown = c.filter(raw);
        assertThat(shown).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.DE403);
        assertThat(shown).filteredOn(d -> d.code() == DiagnosticCode.DE104).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void editorSettingsOverrideTheFile() throws Exception {
        ProjectConfig file = ConfigLoader.read(Files.writeString(dir.resolve(".anonscript.json"),
                "{\"network\": true, \"bindings\": {\"a\": \"1\"}, \"severities\": {\"DE403\": \"off\"}}"));
        ConfigOverride editor = new ConfigOverride(Optional.empty(), Optional.of(Map.of("b", "2")), Optional.empty(),
                Optional.of(Dialect.DE4), Map.of(DiagnosticCode.DE403, Severity.HINT), java.util.Set.of(),
                Optional.of(false));
        ProjectConfig merged = file.overriddenBy(editor);
        assertThat(merged.network()).isFalse();
        assertThat(merged.bindings()).isEqualTo(Map.of("b", "2"));
        assertThat(merged.dialect()).contains(Dialect.DE4);
        assertThat(merged.disabled()).isEmpty();
        assertThat(merged.severities()).isEqualTo(Map.of(DiagnosticCode.DE403, Severity.HINT));
    }

    @Test
    void malformedFilesNameTheFileAndTheProblem() throws Exception {
        Path bad = Files.writeString(dir.resolve(".anonscript.json"), "{\"severities\": {\"DE999\": \"off\"}}");
        assertThatThrownBy(() -> ConfigLoader.read(bad)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(".anonscript.json").hasMessageContaining("DE999");
        Files.writeString(bad, "{\"network\": \"yes\"}");
        assertThatThrownBy(() -> ConfigLoader.read(bad)).hasMessageContaining("network");
        Files.writeString(bad, "[1,");
        assertThatThrownBy(() -> ConfigLoader.read(bad)).hasMessageContaining("not valid JSON");
    }

    @Test
    void sampleFoldersExpandToTheirFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("samples/sub"));
        Files.writeString(folder.resolve("b.dcm"), "x");
        Files.writeString(dir.resolve("samples/a.dcm"), "x");
        Files.writeString(dir.resolve("samples/.hidden"), "x");
        assertThat(SampleFiles.expand(List.of(dir.resolve("samples"))))
                .containsExactly(dir.resolve("samples/a.dcm"), dir.resolve("samples/sub/b.dcm"));
    }
}
