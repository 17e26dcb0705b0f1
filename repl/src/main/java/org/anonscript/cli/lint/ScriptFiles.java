package org.anonscript.cli.lint;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the command line's PATH arguments into script files: a file is taken as it is (whatever its
 * name), a folder is searched recursively for {@code *.das} (hidden folders such as {@code .git} skipped,
 * symbolic links not followed, results sorted). Problems are collected, not thrown, so one bad argument
 * does not stop the others.
 */
public final class ScriptFiles {

    /**
     * The files to lint, in order and without duplicates; one message per argument that could not be read
     * (an error); notes that are worth saying but not errors (a folder without scripts).
     */
    public record Expansion(List<Path> files, List<String> problems, List<String> notes) {

        public Expansion {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    private ScriptFiles() {
    }

    public static Expansion expand(List<Path> arguments) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                if (!collectScripts(argument, files, seen, problems)) {
                    notes.add("no *.das scripts in folder " + argument);
                }
            } else if (Files.exists(argument)) {
                add(argument, files, seen);
            } else {
                problems.add(argument + ": no such file or folder");
            }
        }
        return new Expansion(files, problems, notes);
    }

    public static boolean isScriptName(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".das");
    }

    /** Returns whether the folder holds any script at all. */
    private static boolean collectScripts(Path folder, List<Path> files, Set<Path> seen, List<String> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isScriptName(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(file + ": " + describe(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(folder + ": " + describe(e));
        }
        found.sort(null);
        for (Path file : found) {
            add(file, files, seen);
        }
        return !found.isEmpty();
    }

    private static void add(Path file, List<Path> files, Set<Path> seen) {
        if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(file);
        }
    }

    /** A short reason without Java exception class names. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
