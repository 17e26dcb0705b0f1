package org.anonscript.dicom;

import java.nio.file.Path;

/**
 * Benchmark driver for {@code bench/codec/run.sh}: for each file given, read it, change the five elements
 * the script also changes with dcmodify and pydicom, and write it back in place (temp file + rename).
 */
public final class CodecBench {

    private CodecBench() {
    }

    /** {@code -Dbench.threads=N} processes the files on N threads (default 1). */
    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("bench.threads", 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (String name : args) {
            done.add(pool.submit(() -> {
                edit(Path.of(name));
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static void edit(Path path) throws java.io.IOException {
        DicomFile file = new DicomReader().read(path);
        Dataset d = file.dataset().edit()
                .put(TestFiles.text(0x00100010, VR.PN, "ANONYMOUS"))
                .put(TestFiles.text(0x00100020, VR.LO, "ID0001"))
                .put(TestFiles.text(0x00100030, VR.DA, "19000101"))
                .put(TestFiles.text(0x00080080, VR.LO, "NOWHERE"))
                .put(TestFiles.text(0x00080090, VR.PN, "DOCTOR"))
                .build();
        new DicomWriter().write(file.withDataset(d), path);
    }
}
