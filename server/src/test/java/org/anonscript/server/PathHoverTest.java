package org.anonscript.server;

import static org.anonscript.server.GeneratedSamples.el;
import static org.anonscript.server.GeneratedSamples.item;
import static org.anonscript.server.GeneratedSamples.seq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hover on any step of a sequence path shows what the path up to that step addresses in each sample
 * (spec §3.3), found by the evaluator's path matcher: three samples built here, one hover per row.
 */
class PathHoverTest {

    @TempDir
    static Path dir;

    static LspHarness lsp;

    /**
     * a.dcm: (0008,1115) with two items, (0040,0275) with one item holding (0040,0007) and a private block
     * of creator "ACME 1.0"; b.dcm: (0008,1115) with one item; c.dcm: only a patient name.
     */
    @BeforeAll
    static void samples() {
        Path a = GeneratedSamples.write(dir, "a.dcm",
                el("(0010,0010)", "Doe^Jane"),
                seq("(0008,1115)", item(el("(0008,1150)", "1.2.1")), item(el("(0008,1150)", "1.2.2"))),
                seq("(0040,0275)", item(el("(0009,0010)", "ACME 1.0"), el("(0009,1001)", "inner secret"),
                        el("(0040,0007)", "Knee MRI"))));
        Path b = GeneratedSamples.write(dir, "b.dcm",
                el("(0010,0010)", "Roe^Rick"),
                seq("(0008,1115)", item(el("(0008,1150)", "1.2.9"))));
        Path c = GeneratedSamples.write(dir, "c.dcm", el("(0010,0010)", "Poe^Pat"));
        lsp = new LspHarness(SamplesAndConfigurationTest.settings(a, b, c));
    }

    @AfterAll
    static void close() {
        assertThat(lsp.server.internalErrors()).isZero();
        lsp.close();
    }

    static String hover(String marked) {
        return SamplesAndConfigurationTest.hover(lsp, "version \"6.3\"\n" + marked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', quoteCharacter = '^', value = {
        // an indexed item, then the element in it
        "-(0008,1115)[0]/(0008,11|50)   ! In 2 of 3 samples:! `a.dcm`: `(0008,1115)[0]/(0008,1150) = 1.2.1`! `b.dcm`: `(0008,1115)[0]/(0008,1150) = 1.2.9`",
        "-(0008,11|15)[1]/(0008,1150)   ! In 1 of 3 samples:! `a.dcm`: `(0008,1115)[1] = (item of 1 element)`! **ReferencedSeriesSequence**",
        "-(0008,1115)[|0]/(0008,1150)   ! In 2 of 3 samples:! `b.dcm`: `(0008,1115)[0] = (item of 1 element)`! Path to here: `(0008,1115)[0]`",
        // unindexed and [%]: every item
        "-(0008,1115)/(0008,11|50)      ! `a.dcm` (2 matches): `(0008,1115)[0]/(0008,1150) = 1.2.1`, `(0008,1115)[1]/(0008,1150) = 1.2.2`! `b.dcm`: `(0008,1115)[0]/(0008,1150) = 1.2.9`! ",
        "-(0008,1115)[%]/(0008,11|50)   ! `a.dcm` (2 matches): `(0008,1115)[0]/(0008,1150) = 1.2.1`, `(0008,1115)[1]/(0008,1150) = 1.2.2`! In 2 of 3 samples:! ",
        "-(0008,1|115)/(0008,1150)      ! `a.dcm`: (sequence of 2 items)! `b.dcm`: (sequence of 1 item)! **ReferencedSeriesSequence** (0008,1115)",
        "-(0040,0275)/(0040,00|07)      ! In 1 of 3 samples:! `a.dcm`: `(0040,0275)[0]/(0040,0007) = Knee MRI`! **ScheduledProcedureStepDescription**",
        // level wildcards: the step itself says where the next step looks, the step after it what is found there
        "-*/(0008,11|50)                ! `a.dcm` (2 matches): `(0008,1115)[0]/(0008,1150) = 1.2.1`! In 2 of 3 samples:! ",
        "-|*/(0008,1150)                ! zero or more sequence levels! `a.dcm` (4 matches): top level, `(0008,1115)[0]`, `(0008,1115)[1]`, …! `c.dcm`: top level",
        "-|+/(0008,1150)                ! one or more sequence levels! In 2 of 3 samples:! `a.dcm` (3 matches): `(0008,1115)[0]`, `(0008,1115)[1]`, `(0040,0275)[0]`",
        "-(0008,1115)[1]/|./(0008,1150) ! exactly one sequence level! In 0 of 3 samples! Path to here: `(0008,1115)[1]/.`",
        // a private step in an item: the creator resolved per sample
        "-(0040,0275)/(0009,{ACME 1.0}0|1) ! creator `ACME 1.0`! In 1 of 3 samples:! `a.dcm`: `(0040,0275)[0]/(0009,1001) = inner secret`",
        // paths read in expressions and conditions
        "(0010,0020) := (0008,1115)[0]/(0008,11|50) ! `b.dcm`: `(0008,1115)[0]/(0008,1150) = 1.2.9`! In 2 of 3 samples:! ",
        "^if ((0040,0275)[0]/(0040,00|07) = \"Knee MRI\") { -(0010,0010) }^ ! `a.dcm`: `(0040,0275)[0]/(0040,0007) = Knee MRI`! In 1 of 3 samples:! ",
        // a single public tag keeps the short form: the value alone
        "-(0010,00|10)                  ! In 3 of 3 samples:! `a.dcm`: `Doe^Jane`! `c.dcm`: `Poe^Pat`",
    })
    void hoverOnAPathStepShowsWhatItsPrefixAddressesInEachSample(String marked, String first, String second,
            String third) {
        String text = hover(marked.strip());
        for (String expected : new String[] {first, second, third}) {
            if (expected != null && !expected.isBlank()) {
                assertThat(text).as(marked).contains(expected.strip());
            }
        }
    }

    @Test
    void hoverListsExactlyTheElementsARunDeletes() {
        String script = "version \"6.3\"\n-*/(0008,1150)";
        String uri = lsp.open(script);
        RunResult run = LspHarness.get(lsp.remote.runOnSamples(new RunParams(uri, null)));
        List<String> deleted = new ArrayList<>();
        run.files().stream().filter(f -> f.path().endsWith("a.dcm"))
                .forEach(f -> f.changes().forEach(c -> deleted.add(c.path())));
        String hovered = hover("-*/(0008,11|50)");
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("`(\\([^`]*) = [^`]*`").matcher(hovered.substring(hovered.indexOf("`a.dcm`"),
                hovered.indexOf("`b.dcm`")));
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertThat(deleted).hasSize(2).containsExactlyElementsOf(shown);
    }
}
