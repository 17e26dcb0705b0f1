package org.anonscript.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark driver for {@code bench/codec/run.sh}: for each file given, read it, change the five elements
 * the script also changes with dcmodify and pydicom, and write it back in place (temp file + rename), or,
 * with {@code -Dbench.out=DIR}, as a new file of the same name in a fresh folder under DIR (what {@code cp}
 * does: the fair comparison with it, since replacing an existing file costs the file system more).
 */
public final class CodecBench {

    private CodecBench() {
    }

    /**
     * {@code -Dbench.threads=N} processes the files on N threads (default 1). With {@code -Dbench.warm=N}
     * the files are edited once to warm the JVM up, then timed {@code -Dbench.passes=P} times (default 5)
     * on 1 thread and on N threads, alternating, and a "warm THREADS SECONDS FILES" line is printed per
     * timed pass (the JVM's start-up and warm-up excluded; the caller takes the median).
     */
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : args) {
            files.add(Path.of(name));
        }
        Integer warm = Integer.getInteger("bench.warm");
        String out = System.getProperty("bench.out");
        Path outRoot = out == null ? null : Path.of(out);
        int[] pass = {0};
        java.util.function.Supplier<Path> nextFolder = () -> {
            if (outRoot == null) {
                return null;
            }
            try {
                return java.nio.file.Files.createDirectories(outRoot.resolve("pass" + pass[0]++));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        if (warm == null) {
            editAll(files, Integer.getInteger("bench.threads", 1), nextFolder.get());
            return;
        }
        editAll(files, warm, nextFolder.get());
        int passes = Integer.getInteger("bench.passes", 5);
        for (int p = 0; p < passes; p++) {
            for (int threads : warm == 1 ? new int[] {1} : new int[] {1, warm}) {
                Path folder = nextFolder.get(); // created before the clock starts, like cp's target
                long start = System.nanoTime();
                editAll(files, threads, folder);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(java.util.Locale.ROOT, "warm %d %.4f %d%n", threads, seconds, files.size());
            }
        }
    }

    private static void editAll(List<Path> files, int threads, Path folder) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    edit(file, folder == null ? file : folder.resolve(file.getFileName()));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void edit(Path path, Path target) throws java.io.IOException {
        DicomFile file = new DicomReader().read(path);
        Dataset d = file.dataset().edit()
                .put(TestFiles.text(0x00100010, VR.PN, "ANONYMOUS"))
                .put(TestFiles.text(0x00100020, VR.LO, "ID0001"))
                .put(TestFiles.text(0x00100030, VR.DA, "19000101"))
                .put(TestFiles.text(0x00080080, VR.LO, "NOWHERE"))
                .put(TestFiles.text(0x00080090, VR.PN, "DOCTOR"))
                .build();
        new DicomWriter().write(file.withDataset(d), target);
    }
}
