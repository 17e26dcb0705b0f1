package org.anonscript.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark driver for {@code bench/run/run.sh}: runs the same {@code anonscript run} command line several
 * times in one JVM (a fresh output folder each time) and prints "warm PASS SECONDS" per pass, so the
 * cost of a file once the JVM is warm can be told apart from start-up and JIT warm-up.
 * Usage: {@code RunWarmBench PASSES OUTPUT_DIR run-arguments...} ({@code --output OUTPUT_DIR} is added).
 */
public final class RunWarmBench {

    private RunWarmBench() {
    }

    public static void main(String[] args) throws IOException {
        int passes = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        for (int pass = 1; pass <= passes; pass++) {
            delete(output);
            List<String> command = new ArrayList<>(List.of("run", "--output", output.toString()));
            command.addAll(List.of(args).subList(2, args.length));
            var commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(OutputStream.nullOutputStream()));
            long start = System.nanoTime();
            int exit = commandLine.execute(command.toArray(String[]::new));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("anonscript run exited with " + exit);
            }
            System.out.printf(Locale.ROOT, "warm %d %.4f%n", pass, seconds);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
