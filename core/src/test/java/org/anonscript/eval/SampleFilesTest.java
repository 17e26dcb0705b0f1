package org.anonscript.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed samples under examples/samples are exactly what {@link SampleFiles} generates. */
class SampleFilesTest {

    @Test
    void committedSamplesAreUpToDate() throws Exception {
        Path folder = Path.of("..", "examples", "samples");
        for (Map.Entry<String, byte[]> e : SampleFiles.generate().entrySet()) {
            Path file = folder.resolve(e.getKey());
            assertThat(file).as("run SampleFiles.main to create " + file).exists();
            assertThat(Files.readAllBytes(file)).as(file + " is out of date: run SampleFiles.main").isEqualTo(e.getValue());
        }
    }
}
