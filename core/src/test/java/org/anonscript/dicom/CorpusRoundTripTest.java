package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of pydicom's sample data that {@code dcmdump -q} reads: anonscript reads it, and a no-op
 * read→write gives a file that dcmdump accepts and whose dataset the pydicom oracle dumps exactly like
 * the original's. Files that are canonical (see {@link #isCanonical}) come back byte for byte.
 */
class CorpusRoundTripTest {

    /** Broken on purpose (data-sources.md); each has its own test in {@link BrokenFilesTest}. */
    static final Set<String> BROKEN = Set.of("MR_truncated.dcm", "rtplan_truncated.dcm", "SC_rgb_jpeg.dcm",
            "no_meta.dcm", "zipMR.gz");

    private record Case(Path input, Path output, DicomFile read, Exception failure) {
    }

    private static Path outDir;
    private static final List<Case> CASES = new ArrayList<>();
    private static List<String> inputDumps;
    private static List<String> outputDumps;

    @BeforeAll
    static void readAndWriteAll() throws IOException {
        outDir = Files.createTempDirectory("roundtrip");
        int i = 0;
        for (Path input : corpus()) {
            Path output = outDir.resolve(i++ + "-" + input.getFileName());
            try {
                DicomFile read = new DicomReader().read(input);
                new DicomWriter().write(read, output);
                CASES.add(new Case(input, output, read, null));
            } catch (Exception e) {
                CASES.add(new Case(input, output, null, e));
            }
        }
        List<Path> both = new ArrayList<>();
        CASES.forEach(c -> both.add(c.input()));
        CASES.forEach(c -> both.add(Files.exists(c.output()) ? c.output() : c.input()));
        List<String> dumps = Oracles.pydicomDumps(both);
        inputDumps = dumps.subList(0, CASES.size());
        outputDumps = dumps.subList(CASES.size(), dumps.size());
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(outDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The files of test_files (with dicomdirtests), charset_files and palettes that dcmdump reads. */
    static List<Path> corpus() throws IOException {
        Path data = Oracles.pydicomData();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("test_files", "charset_files", "palettes")) {
            try (Stream<Path> walk = Files.walk(data.resolve(dir))) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files.stream()
                .filter(f -> !BROKEN.contains(f.getFileName().toString()))
                .filter(Oracles::dcmdumpAccepts)
                .toList();
    }

    @Test
    void theCorpusIsTheWholeSampleData() {
        // 183 files minus the broken ones and the text files (README, .dump, .json, FileInfo.txt)
        assertThat(CASES).hasSizeGreaterThan(150);
        // most of them are canonical, so byte equality is checked for most of the corpus
        long canonical = CASES.stream().filter(c -> c.read() != null && isCanonical(c.read())).count();
        System.out.println("corpus: " + CASES.size() + " files, " + canonical + " canonical (byte-identical no-op writes)");
        assertThat(canonical).isGreaterThan(140);
    }

    @TestFactory
    Stream<DynamicTest> noOpWriteKeepsEveryFile() {
        return java.util.stream.IntStream.range(0, CASES.size()).mapToObj(i -> {
            Case c = CASES.get(i);
            String name = Oracles.pydicomData().relativize(c.input()).toString();
            return DynamicTest.dynamicTest(name, () -> {
                assertThat(c.failure()).as("reading/writing " + name).isNull();
                assertThat(Oracles.dcmdumpAccepts(c.output())).as("dcmdump accepts the output of " + name).isTrue();
                assertThat(outputDumps.get(i)).as("pydicom dump of the output of " + name)
                        .doesNotStartWith("PYDICOM ERROR");
                assertThat(withoutWrongGroupLengths(outputDumps.get(i), c.read()))
                        .as("pydicom dump of the output of " + name)
                        .isEqualTo(withoutWrongGroupLengths(inputDumps.get(i), c.read()));
                if (isCanonical(c.read())) {
                    assertThat(Arrays.equals(Files.readAllBytes(c.input()), Files.readAllBytes(c.output())))
                            .as(name + " is canonical, so the no-op output has the same bytes").isTrue();
                }
            });
        });
    }

    /**
     * Group length elements whose value the reader found wrong (it says so in a warning, having measured
     * the group) are recomputed by the writer, so their dump lines differ on purpose; all others must match.
     */
    static String withoutWrongGroupLengths(String dump, DicomFile read) {
        Pattern wrong = Pattern.compile("group length \\((\\p{XDigit}{4}),0000\\) is");
        Set<String> groups = new java.util.HashSet<>();
        for (String warning : read.warnings()) {
            Matcher m = wrong.matcher(warning);
            if (m.find()) {
                groups.add(m.group(1));
            }
        }
        return dump.lines()
                .filter(line -> groups.stream().noneMatch(g -> line.matches("(.*\\.)?\\(" + g + ",0000\\) UL .*")))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * Canonical: a Part 10 file with a complete meta group that agrees with the dataset's SOP UIDs (the
     * writer copies them, spec §11.7), not deflated (compressors differ), and nothing the reader had to
     * tolerate (odd lengths, elements out of order, wrong group lengths, missing meta).
     */
    static boolean isCanonical(DicomFile file) {
        return file.warnings().isEmpty() && file.hasFileMeta() && file.preamble() != null
                && file.fileMeta().contains(Tag.FILE_META_GROUP_LENGTH) && !file.transferSyntax().deflated()
                && DicomWriter.synchronizedFileMeta(file.fileMeta(), file.dataset()).equals(file.fileMeta());
    }
}
