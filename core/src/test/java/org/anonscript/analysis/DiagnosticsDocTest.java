package org.anonscript.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticsDocTest {

    /** Surefire runs in the module directory; the docs live at the repository root. */
    private static final Path COMMITTED = Path.of("..", "docs", "diagnostics.md");

    @Test
    void committedCatalogueMatchesTheMetadata() throws IOException {
        assertThat(COMMITTED).as("docs/diagnostics.md is missing; run from the repository root: "
                + DiagnosticsDoc.REGENERATE_COMMAND).exists();
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(committed.equals(DiagnosticsDoc.render()))
                .as("docs/diagnostics.md is out of date; run from the repository root: "
                        + DiagnosticsDoc.REGENERATE_COMMAND)
                .isTrue();
    }

    @Test
    void everyCodeHasItsWhyAndTwoDifferentExamples() {
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(code.rationale()).as(code.name()).isNotBlank().endsWith(".");
            assertThat(code.wrongExample()).as(code.name()).isNotBlank().isNotEqualTo(code.rightExample());
            assertThat(DiagnosticsDoc.render()).contains("## " + code.name() + "\n");
        }
    }
}
