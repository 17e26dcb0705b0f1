package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.anonscript.eval.Bindings;
import org.anonscript.eval.EvaluationSession;
import org.anonscript.eval.Evaluator;
import org.anonscript.eval.FileEvaluation;
import org.anonscript.eval.Outcome;
import org.anonscript.script.Script;
import org.anonscript.script.ScriptParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The evaluator over every readable pydicom sample file (the corpus of {@link CorpusRoundTripTest}):
 * an empty DE6 script changes nothing — the written output dumps exactly like the input with the pydicom
 * oracle ({@code dicomdump.py --no-meta}) — and a real edit gives a file that dcmdump accepts and whose
 * dump shows the edit.
 */
class EvaluatorCorpusTest {

    static final Script EMPTY = ScriptParser.parse("version \"6.6\"\n").script();
    static final Script EDIT = ScriptParser.parse("""
            version "6.6"
            -(0010,0030)
            (0010,0010) := "ANON^EDITED"
            (0012,0063) := "anonscript corpus test"
            (0020,000D) ?= hashUID[(0020,000D)]
            """).script();

    private record Case(Path input, Path emptyOutput, Path editOutput, DicomFile read, Outcome empty, Outcome edit,
            Exception failure) {
    }

    private static Path outDir;
    private static final List<Case> CASES = new ArrayList<>();
    private static List<String> dumps;

    @BeforeAll
    static void evaluateAll() throws IOException {
        outDir = Files.createTempDirectory("evalcorpus");
        Evaluator evaluator = new Evaluator(EvaluationSession.seeded(1));
        int i = 0;
        for (Path input : CorpusRoundTripTest.corpus()) {
            Path empty = outDir.resolve(i + "-empty-" + input.getFileName());
            Path edit = outDir.resolve(i++ + "-edit-" + input.getFileName());
            try {
                DicomFile read = new DicomReader().read(input);
                Outcome e0 = evaluator.apply(EMPTY, FileEvaluation.combined(read), Bindings.none());
                new DicomWriter().write(FileEvaluation.withResult(read, e0.dataset()), empty);
                Outcome e1 = evaluator.apply(EDIT, FileEvaluation.combined(read), Bindings.none());
                new DicomWriter().write(FileEvaluation.withResult(read, e1.dataset()), edit);
                CASES.add(new Case(input, empty, edit, read, e0, e1, null));
            } catch (Exception e) {
                CASES.add(new Case(input, empty, edit, null, null, null, e));
            }
        }
        List<Path> all = new ArrayList<>();
        CASES.forEach(c -> all.add(c.input()));
        CASES.forEach(c -> all.add(Files.exists(c.emptyOutput()) ? c.emptyOutput() : c.input()));
        dumps = Oracles.pydicomDumps(all);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(outDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @TestFactory
    Stream<DynamicTest> emptyScriptLeavesEveryDatasetEqual() {
        return IntStream.range(0, CASES.size()).mapToObj(i -> {
            Case c = CASES.get(i);
            String name = Oracles.pydicomData().relativize(c.input()).toString();
            return DynamicTest.dynamicTest(name, () -> {
                assertThat(c.failure()).as(name).isNull();
                // only the host's file meta re-sync (spec §11.7) may change anything: some samples have a
                // (0002,0003) that differs from their (0008,0018)
                assertThat(c.empty().changes()).as(name).allSatisfy(change -> {
                    assertThat(change.path()).isIn("(0002,0002)", "(0002,0003)");
                    assertThat(change.statement()).isEmpty();
                });
                String before = CorpusRoundTripTest.withoutWrongGroupLengths(dumps.get(i), c.read());
                String after = CorpusRoundTripTest.withoutWrongGroupLengths(dumps.get(CASES.size() + i), c.read());
                assertThat(after).as("pydicom dump after an empty script: " + name).isEqualTo(before);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> realEditIsAcceptedByDcmdump() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.input().getFileName().toString(), () -> {
            assertThat(c.failure()).isNull();
            assertThat(c.edit().status()).isEqualTo(Outcome.Status.MODIFIED);
            String dump = Oracles.dcmdump(c.editOutput());
            // an element keeps its VR (spec §11.4): a few samples hold Patient's Name as UN
            assertThat(dump).containsAnyOf("(0010,0010) PN [ANON^EDITED]",
                    "(0010,0010) UN 41\\4e\\4f\\4e\\5e\\45\\44\\49\\54\\45\\44")
                    .contains("(0012,0063) LO [anonscript corpus test]");
            assertThat(dump.lines().filter(l -> l.startsWith("(0010,0030)"))).isEmpty();
        }));
    }
}
