package org.anonscript.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.anonscript.config.ProjectConfig;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The formatter is idempotent and keeps every comment, on the bundled examples and on random scripts. */
class FormatterTest {

    static Stream<Path> examples() throws IOException {
        Path dir = Path.of("..", "examples");
        assertThat(dir).as("the bundled examples").isDirectory();
        return Files.walk(dir).filter(p -> p.toString().endsWith(".das")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void idempotentAndKeepsCommentsOnTheExamples(Path example) throws IOException {
        String text = Files.readString(example);
        String once = formatted(text);
        assertThat(formatted(once)).as(example.toString()).isEqualTo(once);
        assertThat(comments(once)).as(example.toString()).isEqualTo(comments(text));
    }

    @Test
    void crlfLineEndingsAreKeptAndNotMultiplied() {
        String text = "version \"6.6\"\r\n\r\n-(0010,0010)  \r\n(0010,0020):=\"X\"\r\n";
        String once = formatted(text);
        assertThat(once).isEqualTo("version \"6.6\"\r\n\r\n-(0010,0010)\r\n(0010,0020) := \"X\"\r\n");
        assertThat(formatted(once)).isEqualTo(once);
    }

    @Test
    void idempotentOnRandomScripts() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder("version \"6.6\"\n");
            int parts = 1 + random.nextInt(25);
            for (int j = 0; j < parts; j++) {
                text.append(ServerFuzzTest.FRAGMENTS[random.nextInt(ServerFuzzTest.FRAGMENTS.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(" ".repeat(random.nextInt(3)));
                }
            }
            String once = formatted(text.toString());
            assertThat(formatted(once)).as("seed %d, input:%n%s", seed, text).isEqualTo(once);
            assertThat(comments(once)).as("seed %d, input:%n%s", seed, text).isEqualTo(comments(text.toString()));
        }
    }

    /** What the editor would show after applying the server's edits. */
    static String formatted(String text) {
        List<TextEdit> edits = new Formatter().format(new Snapshot("untitled:f.das", 1, text, ProjectConfig.defaults()),
                java.util.Optional.empty(), () -> { });
        return LspFeaturesTest.apply(text, edits);
    }

    static List<String> comments(String text) {
        return new Snapshot("untitled:c.das", 1, text, ProjectConfig.defaults()).script().comments().stream()
                .map(c -> c.text().trim()).toList();
    }
}
