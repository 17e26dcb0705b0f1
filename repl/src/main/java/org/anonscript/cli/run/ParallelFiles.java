package org.anonscript.cli.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one task per input file on a pool of worker threads while the input folders are still being
 * walked, so the workers start with the first file found. Each file is processed exactly once; the
 * results come back in {@link InputFiles#expand}'s order (arguments in order, each folder's files by
 * path). A folder that cannot be read, or a task that throws, becomes that entry's result through
 * {@code failure} instead of stopping the run.
 */
public final class ParallelFiles {

    private ParallelFiles() {
    }

    private record Pending<R>(int argument, InputFiles.Input input, Future<R> result) {
    }

    /**
     * @param skipped a folder not to walk (the output folder, created before), or null
     * @param threads the number of workers (at least 1; threads start as files arrive)
     * @param failure the result for an input whose task threw, or for an unreadable folder, with a message
     * @throws IOException when an argument is neither a file nor a folder (before any task runs)
     */
    public static <R> List<R> process(List<Path> arguments, Path skipped, int threads, Function<InputFiles.Input, R> task,
            BiFunction<InputFiles.Input, String, R> failure) throws IOException {
        InputFiles.check(arguments);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread t = new Thread(runnable, "anonscript-run");
            t.setDaemon(true);
            return t;
        });
        List<Pending<R>> pending = new ArrayList<>();
        try {
            InputFiles.walk(arguments, skipped, new InputFiles.Visitor() {
                @Override
                public void file(int argument, InputFiles.Input input) {
                    pending.add(new Pending<>(argument, input, pool.submit(() -> task.apply(input))));
                }

                @Override
                public void unreadable(int argument, InputFiles.Input folder, IOException error) {
                    pending.add(new Pending<>(argument, folder,
                            CompletableFuture.completedFuture(failure.apply(folder, "cannot read: " + error.getMessage()))));
                }
            });
            pending.sort(Comparator.<Pending<R>>comparingInt(Pending::argument).thenComparing(p -> p.input().file()));
            List<R> results = new ArrayList<>(pending.size());
            for (Pending<R> p : pending) {
                try {
                    results.add(p.result().get());
                } catch (ExecutionException e) {
                    results.add(failure.apply(p.input(), "internal error: " + e.getCause()));
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
