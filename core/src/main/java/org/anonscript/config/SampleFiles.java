package org.anonscript.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands configured sample entries (files or folders) into the files they name, in a stable order. */
public final class SampleFiles {

    /** Enough for a test-run; a folder with thousands of files should not stall an editor. */
    public static final int LIMIT = 200;

    private SampleFiles() {
    }

    public static List<Path> expand(List<Path> entries) {
        List<Path> files = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry, 4)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // an unreadable folder contributes nothing; the run reports what it could read
                }
            } else {
                files.add(entry);
            }
            if (files.size() >= LIMIT) {
                return List.copyOf(files.subList(0, LIMIT));
            }
        }
        return List.copyOf(files);
    }
}
