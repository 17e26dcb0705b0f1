package org.anonscript.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The run's work queue: every file once, results in input order, failures kept per file. */
class ParallelFilesTest {

    @TempDir
    Path root;

    /** A random tree of files whose names sort differently by full path than folder by folder. */
    private List<Path> tree(long seed, int files) throws IOException {
        Random random = new Random(seed);
        String[] names = {"a", "a.txt", "a-b", "a b", "b", "B", "c0", "c10", "c9", "_x"};
        List<Path> made = new ArrayList<>();
        while (made.size() < files) {
            Path p = root.resolve("in");
            int depth = random.nextInt(4);
            for (int d = 0; d < depth; d++) {
                p = p.resolve("d" + names[random.nextInt(names.length)]);
            }
            p = p.resolve(names[random.nextInt(names.length)] + random.nextInt(50));
            if (!Files.exists(p)) {
                Files.createDirectories(p.getParent());
                Files.writeString(p, p.toString());
                made.add(p);
            }
        }
        Files.createDirectories(root.resolve("in/.hidden"));
        Files.writeString(root.resolve("in/.hidden/skipped"), "x");
        Files.writeString(root.resolve("in/.skipped"), "x");
        return made;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void everyFileIsProcessedOnceAndResultsComeInExpandsOrder(int threads) throws IOException {
        List<Path> made = tree(threads, 300);
        Path single = Files.writeString(root.resolve("single.dcm"), "s");
        List<Path> arguments = List.of(single, root.resolve("in"), single);
        Map<Path, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<String> results = ParallelFiles.process(arguments, null, threads, input -> {
            calls.computeIfAbsent(input.file(), k -> new AtomicInteger()).incrementAndGet();
            return input.file() + " -> " + input.relative();
        }, (input, message) -> "failed " + input.file());

        List<String> expected = InputFiles.expand(arguments).stream().map(i -> i.file() + " -> " + i.relative()).toList();
        assertThat(results).containsExactlyElementsOf(expected).hasSize(made.size() + 2);
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(
                () -> java.util.stream.Stream.concat(made.stream(), java.util.stream.Stream.of(single)).iterator());
        // each file once per time it is named: the single file was given twice
        assertThat(calls.get(single)).hasValue(2);
        assertThat(calls.entrySet()).filteredOn(e -> !e.getKey().equals(single)).allMatch(e -> e.getValue().get() == 1);
        assertThat(results).noneMatch(r -> r.contains(".hidden") || r.contains(".skipped"));
    }

    @Test
    void aTaskThatThrowsFailsOnlyItsOwnFile() throws IOException {
        List<Path> made = tree(3, 60);
        List<String> results = ParallelFiles.process(List.of(root.resolve("in")), null, 3, input -> {
            if (input.file().getFileName().toString().startsWith("b")) {
                throw new IllegalStateException("boom in " + input.file().getFileName());
            }
            return "ok " + input.file();
        }, (input, message) -> "failed " + input.file() + ": " + message);

        assertThat(results).hasSize(made.size());
        for (Path p : made) {
            boolean throwing = p.getFileName().toString().startsWith("b");
            assertThat(results).contains(throwing
                    ? "failed " + p + ": internal error: java.lang.IllegalStateException: boom in " + p.getFileName()
                    : "ok " + p);
        }
    }

    @Test
    void aMissingArgumentStopsTheRunBeforeAnyFileIsProcessed() throws IOException {
        tree(4, 10);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> ParallelFiles.process(List.of(root.resolve("in"), root.resolve("nope")), null, 2,
                input -> calls.incrementAndGet(), (input, message) -> -1))
                .isInstanceOf(IOException.class).hasMessageContaining("nope: no such file or folder");
        assertThat(calls).hasValue(0);
    }

    @Test
    void linksToFilesCountAndLinksToFoldersAreNotFollowed() throws IOException {
        Path in = Files.createDirectories(root.resolve("in"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("target.dcm"), "t");
        Files.writeString(outside.resolve("deep.dcm"), "d");
        Files.createSymbolicLink(in.resolve("link.dcm"), outside.resolve("target.dcm"));
        Files.createSymbolicLink(in.resolve("folder-link"), outside);
        Files.writeString(in.resolve("plain.dcm"), "p");
        List<Path> found = ParallelFiles.process(List.of(in), null, 2, InputFiles.Input::relative, (i, m) -> null);
        assertThat(found).containsExactly(Path.of("link.dcm"), Path.of("plain.dcm"));
    }

    @Test
    void theSkippedFolderIsNotWalkedEvenWhenFilesAppearInItDuringTheRun() throws IOException {
        List<Path> made = tree(5, 50);
        Path output = Files.createDirectories(root.resolve("in/out"));
        Files.writeString(output.resolve("earlier-output.dcm"), "o");
        // every task writes a file into the skipped folder, as a run writing its outputs there does
        List<Path> processed = ParallelFiles.process(List.of(root.resolve("in")), output, 2, input -> {
            try {
                Files.writeString(output.resolve(input.relative().toString().replace('/', '_')), "written");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return input.file();
        }, (input, message) -> null);
        assertThat(processed).containsExactlyInAnyOrderElementsOf(made);
    }
}
