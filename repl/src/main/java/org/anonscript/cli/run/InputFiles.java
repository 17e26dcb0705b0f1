package org.anonscript.cli.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files of {@code run}'s INPUT arguments: files as given, folders searched recursively (hidden
 * entries skipped, symbolic links to folders not followed), each with the path its output takes under
 * {@code --output} (the input tree mirrored: a folder's files keep their path relative to it, a file
 * argument keeps its name). The order is the arguments' order, each folder's files sorted by path.
 */
public final class InputFiles {

    /** One input file and its path relative to the output folder. */
    public record Input(Path file, Path relative) {
    }

    /** Receives the inputs as a walk finds them, with the index of the argument they come from. */
    public interface Visitor {
        void file(int argument, Input input);

        /** A folder below an argument that could not be listed. */
        void unreadable(int argument, Input folder, IOException error);
    }

    private InputFiles() {
    }

    /** All inputs in order; an unreadable folder is an error. */
    public static List<Input> expand(List<Path> arguments) throws IOException {
        return expand(arguments, null);
    }

    /** All inputs in order, leaving out the folder {@code skipped} (when not null); an unreadable folder is an error. */
    public static List<Input> expand(List<Path> arguments, Path skipped) throws IOException {
        record Found(int argument, Input input) {
        }
        List<Found> found = new ArrayList<>();
        IOException[] failure = new IOException[1];
        walk(arguments, skipped, new Visitor() {
            @Override
            public void file(int argument, Input input) {
                found.add(new Found(argument, input));
            }

            @Override
            public void unreadable(int argument, Input folder, IOException error) {
                if (failure[0] == null) {
                    failure[0] = error;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        found.sort(Comparator.comparingInt(Found::argument).thenComparing(f -> f.input().file()));
        return found.stream().map(Found::input).toList();
    }

    /** Every argument is a file or a folder (checked before anything is processed). */
    public static void check(List<Path> arguments) throws IOException {
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument) && !Files.isRegularFile(argument)) {
                throw new IOException(argument + ": no such file or folder");
            }
        }
    }

    /**
     * Walks the arguments, handing each input file to {@code visitor} as soon as it is found (in the
     * order of the folder listings, not sorted). One attribute read per entry; hidden folders are not
     * entered, nor the folder {@code skipped} (when not null and existing) below an argument: a run's
     * output folder inside an input folder, whose files appear while the walk goes on, is not read as input.
     */
    public static void walk(List<Path> arguments, Path skipped, Visitor visitor) throws IOException {
        check(arguments);
        Object skippedKey = skipped != null && Files.isDirectory(skipped)
                ? Files.readAttributes(skipped, BasicFileAttributes.class).fileKey() : null;
        for (int i = 0; i < arguments.size(); i++) {
            Path argument = arguments.get(i);
            int index = i;
            if (!Files.isDirectory(argument)) {
                visitor.file(index, new Input(argument, argument.getFileName()));
                continue;
            }
            Files.walkFileTree(argument, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // an argument itself is always walked (an output folder that is an input folder is
                    // refused file by file, not silently skipped)
                    boolean skip = !dir.equals(argument)
                            && (hiddenName(dir) || skippedKey != null && skippedKey.equals(attrs.fileKey()));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // a symbolic link counts when it leads to a regular file
                    if (!hiddenName(file) && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        visitor.file(index, new Input(file, argument.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException error) {
                    if (!hiddenName(file)) {
                        visitor.unreadable(index, new Input(file, argument.relativize(file)), error);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException error) {
                    if (error != null) {
                        visitor.unreadable(index, new Input(dir, argument.relativize(dir)), error);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    private static boolean hiddenName(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Whether the file starts like a Part 10 file (preamble then "DICM"). */
    public static boolean looksLikePart10(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(132);
            return head.length == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
        } catch (IOException e) {
            return false;
        }
    }
}
