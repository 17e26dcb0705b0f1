package org.anonscript.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders a run writes into: each is created once and compared once with the folder of the
 * inputs written into it, instead of asking the file system again for every file.
 */
public final class OutputFolders {

    private final Map<List<Path>, Boolean> sameAsInputFolder = new ConcurrentHashMap<>();

    /**
     * Creates the target's folder if needed and tells whether writing {@code target} would replace
     * {@code input} itself: the same name in the same folder.
     */
    public boolean prepare(Path target, Path input) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path inputFolder = input.toAbsolutePath().getParent();
        List<Path> key = List.of(folder, inputFolder);
        Boolean same = sameAsInputFolder.get(key);
        if (same == null) {
            Files.createDirectories(folder);
            same = Files.isSameFile(folder, inputFolder);
            sameAsInputFolder.put(key, same);
        }
        return same && target.getFileName().equals(input.getFileName());
    }
}
