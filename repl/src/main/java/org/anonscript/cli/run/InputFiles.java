package org.anonscript.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of {@code run}'s INPUT arguments: files as given, folders searched recursively (hidden
 * entries skipped, symbolic links not followed), each with the path its output takes under
 * {@code --output} (the input tree mirrored: a folder's files keep their path relative to it, a file
 * argument keeps its name).
 */
public final class InputFiles {

    /** One input file and its path relative to the output folder. */
    public record Input(Path file, Path relative) {
    }

    private InputFiles() {
    }

    public static List<Input> expand(List<Path> arguments) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !hidden(argument.relativize(p)))
                            .sorted()
                            .forEach(p -> out.add(new Input(p, argument.relativize(p))));
                }
            } else if (Files.isRegularFile(argument)) {
                out.add(new Input(argument, argument.getFileName()));
            } else {
                throw new IOException(argument + ": no such file or folder");
            }
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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
