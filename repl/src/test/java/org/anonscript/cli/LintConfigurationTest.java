package org.anonscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anonscript lint} reads the nearest .anonscript.json: severities (incl. off), bindings, dialect. */
class LintConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void severitiesAndBindingsFromTheProjectFileApply() throws Exception {
        Path script = Files.createDirectories(dir.resolve("scripts")).resolve("site.das");
        Files.writeString(script, "version \"6.1\"\n(0008,0060) ~ \"MR\" ? -(0008,0080)\n(0012,0030) := siteCode\n");
        CliRun before = CliRun.of("lint", script.toString());
        assertThat(before.out()).contains("DE403", "DE104");

        Files.writeString(dir.resolve(".anonscript.json"),
                "{\"severities\": {\"DE403\": \"off\"}, \"bindings\": {\"siteCode\": \"S1\"}}");
        CliRun after = CliRun.of("lint", script.toString());
        assertThat(after.out()).doesNotContain("DE403").doesNotContain("DE104");
        assertThat(after.exitCode()).isZero();
    }

    @Test
    void aBrokenProjectFileIsReportedWithItsName() throws Exception {
        Path script = dir.resolve("site.das");
        Files.writeString(script, "version \"6.1\"\n-(0010,0010)\n");
        Files.writeString(dir.resolve(".anonscript.json"), "{\"network\": \"maybe\"}");
        CliRun run = CliRun.of("lint", script.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".anonscript.json", "network");
    }
}
