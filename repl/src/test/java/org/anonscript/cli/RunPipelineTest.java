package org.anonscript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anonscript run} over many files on several threads: every good file is written with the edit,
 * a broken DICOM file fails on its own (named, with the others unaffected), a non-DICOM file is skipped.
 */
class RunPipelineTest {

    @TempDir
    Path temp;

    @Test
    void manyFilesOnSeveralThreadsEachGetTheirOwnResult() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path sample = RunCommandTest.EXAMPLES.resolve("samples/synthetic-ct.dcm");
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path folder = Files.createDirectories(in.resolve("series" + i % 3));
            Path file = folder.resolve("ct" + i + ".dcm");
            Files.copy(sample, file);
            good.add(in.relativize(file).toString());
        }
        // a Part 10 header followed by an element whose length runs past the end of the file
        byte[] broken = new byte[132 + 12];
        broken[128] = 'D';
        broken[129] = 'I';
        broken[130] = 'C';
        broken[131] = 'M';
        byte[] element = {0x02, 0x00, 0x10, 0x00, 'U', 'I', 0x40, 0x00, '1', '.', '2', '.'};
        System.arraycopy(element, 0, broken, 132, element.length);
        Files.write(in.resolve("series1/broken.dcm"), broken);
        Files.writeString(in.resolve("series2/notes.txt"), "not DICOM");
        Path out = temp.resolve("out");
        Path script = Files.writeString(temp.resolve("s.das"), "version \"6.3\"\n(0010,0010) := \"ANON\"\n");

        CliRun run = CliRun.of("run", "--script", script.toString(), "--threads", "3", "--output", out.toString(), in.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("42 files: 40 modified, 0 unchanged, 0 rejected, 1 failed, 1 skipped");
        assertThat(run.err()).contains(in.resolve("series1/broken.dcm") + ": failed: cannot read:")
                .contains("offset 132");
        for (String relative : good) {
            assertThat(RunCommandTest.value(out.resolve(relative), "(0010,0010)")).as(relative).isEqualTo("ANON");
        }
        try (var files = Files.walk(out)) {
            // only the good files' outputs, no temporary files left behind
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(good.size());
        }
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotReadAsInput() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (int i = 0; i < 12; i++) {
            Files.copy(RunCommandTest.EXAMPLES.resolve("samples/synthetic-ct.dcm"), in.resolve("ct" + i + ".dcm"));
        }
        Path out = in.resolve("anon");
        Path script = Files.writeString(temp.resolve("s.das"), "version \"6.3\"\n(0010,0010) := \"ANON\"\n");
        for (int run = 0; run < 2; run++) {
            CliRun result = CliRun.of("run", "--script", script.toString(), "--threads", "2", "--output", out.toString(),
                    in.toString());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).as("run %d", run).contains("12 files: 12 modified");
        }
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(12);
        }
    }
}
