package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.run;
import static org.anonscript.eval.Datasets.seq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.VR;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code retainPrivateTags} (spec §8.3, §11.6): what stays of each dataset, as every path left at every level.
 * Most cases restate the layouts of DicomEdit 6's own tests of the function (which list, element by element,
 * what is retained and what is deleted); the rest pin the clean-up of emptied private items and blocks.
 */
class RetainPrivateTagsTest {

    static final String V = "version \"6.7\"\n";

    record Case(String name, String arguments, Dataset in, List<String> left) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("a whole block in the root; the other block and its creator go", "\"(0029,{sm1}XX)\"",
                        ds(el("(0009,0010)", "p1"), el("(0009,1000)", VR.LO, "p1_0"), el("(0009,1001)", VR.LO, "p1_1"),
                                el("(0029,0011)", "sm1"), el("(0029,1111)", VR.LO, "sm1_0"),
                                el("(0029,11F1)", VR.LO, "sm1_1")),
                        List.of("(0029,0011)", "(0029,1111)", "(0029,11F1)")),
                new Case("one element of a block inside each item of a public sequence", "(0042,0010)/(0011,{p1c}3F)",
                        ds(el("(0010,0010)", "t1"), seq("(0042,0010)",
                                ds(el("(0010,0010)", "a"), el("(0011,0010)", "p1c"), el("(0011,1033)", VR.LO, "x"),
                                        el("(0011,103F)", VR.LO, "keep")),
                                ds(el("(0010,0010)", "b"), el("(0011,0010)", "p1c"), el("(0011,1033)", VR.LO, "y"),
                                        el("(0011,103F)", VR.LO, "keep")))),
                        List.of("(0010,0010)", "(0042,0010)",
                                "(0042,0010)[0]/(0010,0010)", "(0042,0010)[0]/(0011,0010)", "(0042,0010)[0]/(0011,103F)",
                                "(0042,0010)[1]/(0010,0010)", "(0042,0010)[1]/(0011,0010)", "(0042,0010)[1]/(0011,103F)")),
                new Case("nothing matches: private data in public items goes with its creators, public data stays",
                        "(0042,0010)/(0011,{FICTION}3F)",
                        ds(seq("(0042,0010)",
                                ds(el("(0010,0010)", "a"), el("(0011,0010)", "p1c"), el("(0011,103F)", VR.LO, "x")))),
                        List.of("(0042,0010)", "(0042,0010)[0]/(0010,0010)")),
                new Case("nested private sequences that hold nothing kept go entirely", "(0029,{FICTION}XX)",
                        ds(el("(0009,0012)", "pb1"), seq("(0009,1200)", ds(el("(0023,0020)", "pb2"),
                                seq("(0023,2015)", ds(el("(0023,0020)", "pb3"))))), el("(0010,0010)", "t1")),
                        List.of("(0010,0010)")),
                new Case("an element deep in private sequences keeps the way down and the creators on it",
                        "(0019,{p1}02)/(0023,{p2}15)",
                        ds(el("(0010,0010)", "t1"), el("(0019,0010)", "p1"), el("(0019,1001)", VR.LO, "p1t1"),
                                seq("(0019,1002)", ds(el("(0023,0010)", "p2"), el("(0023,1001)", VR.LO, "drop"),
                                        seq("(0023,1015)", ds(el("(0023,0010)", "p3"), el("(0023,10FF)", VR.LO, "in"))))),
                                seq("(0040,1200)", ds(el("(0018,0021)", "SK"), el("(0029,0010)", "p4"),
                                        seq("(0029,1000)", ds(el("(0018,0010)", "agent")))))),
                        List.of("(0010,0010)", "(0019,0010)", "(0019,1002)",
                                "(0019,1002)[0]/(0023,0010)", "(0019,1002)[0]/(0023,1015)",
                                "(0019,1002)[0]/(0023,1015)[0]/(0023,0010)", "(0019,1002)[0]/(0023,1015)[0]/(0023,10FF)",
                                "(0040,1200)", "(0040,1200)[0]/(0018,0021)")),
                new Case("a sibling private sequence in the same block that holds nothing kept goes",
                        "(0019,{pb1}F0)/(0023,{pb2}15)",
                        ds(el("(0019,0010)", "pb1"), seq("(0019,10F0)", ds(el("(0023,0010)", "pb2"),
                                seq("(0023,1015)", ds(el("(0023,0010)", "pb3"), el("(0023,1000)", VR.LO, "pb3_1"))),
                                seq("(0023,1022)", ds(el("(0023,0010)", "pb4"), el("(0023,1000)", VR.LO, "pb4_1")))))),
                        List.of("(0019,0010)", "(0019,10F0)", "(0019,10F0)[0]/(0023,0010)", "(0019,10F0)[0]/(0023,1015)",
                                "(0019,10F0)[0]/(0023,1015)[0]/(0023,0010)", "(0019,10F0)[0]/(0023,1015)[0]/(0023,1000)")),
                new Case("creators stay only for blocks that still hold something", "(0019,{pb2}00), (0019,{pb3}01)",
                        ds(el("(0019,0010)", "pb1"), el("(0019,0011)", "pb2"), el("(0019,0012)", "pb3"),
                                el("(0019,10F0)", VR.LO, "a"), el("(0019,1100)", VR.LO, "b"), el("(0019,1200)", VR.LO, "c"),
                                el("(0019,1201)", VR.LO, "d"), el("(0019,1202)", VR.LO, "e")),
                        List.of("(0019,0011)", "(0019,0012)", "(0019,1100)", "(0019,1201)")),
                new Case("elements without a creator cannot be retained", "(0019,{pb2}00)",
                        ds(el("(0019,1100)", VR.LO, "orphan"), el("(0019,1201)", VR.LO, "orphan")),
                        List.of()),
                new Case("a creator whose block was empty to begin with goes", "(0019,{A}01)",
                        ds(el("(0019,0010)", "A"), el("(0019,0011)", "EMPTY"), el("(0019,1001)", VR.LO, "a")),
                        List.of("(0019,0010)", "(0019,1001)")),
                new Case("emptied items after the last kept one go; earlier ones stay so indexes hold",
                        "(0019,{A}02)/(0019,{B}01)",
                        ds(el("(0019,0010)", "A"), seq("(0019,1002)",
                                ds(el("(0019,0010)", "B"), el("(0019,1002)", VR.LO, "other")),
                                ds(el("(0019,0010)", "B"), el("(0019,1001)", VR.LO, "keep")),
                                ds(el("(0019,0010)", "B"), el("(0019,1002)", VR.LO, "other")))),
                        List.of("(0019,0010)", "(0019,1002)", "(0019,1002)[1]/(0019,0010)", "(0019,1002)[1]/(0019,1001)")),
                new Case("a public item that held only private data stays, empty", "(0029,{FICTION}XX)",
                        ds(seq("(0008,1140)", ds(el("(0029,0010)", "C"), el("(0029,1001)", VR.LO, "x")),
                                ds(el("(0008,1155)", "1.2.3")))),
                        List.of("(0008,1140)", "(0008,1140)[1]/(0008,1155)")),
                new Case("a kept private sequence keeps everything in it, public elements too", "(0019,{A}02)",
                        ds(el("(0019,0010)", "A"), el("(0019,1001)", VR.LO, "drop"), seq("(0019,1002)",
                                ds(el("(0008,1155)", "1.2.3"), el("(0021,0010)", "Z"), el("(0021,1001)", VR.LO, "z")))),
                        List.of("(0019,0010)", "(0019,1002)", "(0019,1002)[0]/(0008,1155)", "(0019,1002)[0]/(0021,0010)",
                                "(0019,1002)[0]/(0021,1001)")),
                new Case("public elements inside a private item that holds something kept go", "(0019,{A}02)/(0021,{Z}01)",
                        ds(el("(0019,0010)", "A"), seq("(0019,1002)",
                                ds(el("(0008,1155)", "1.2.3"), el("(0021,0010)", "Z"), el("(0021,1001)", VR.LO, "z")))),
                        List.of("(0019,0010)", "(0019,1002)", "(0019,1002)[0]/(0021,0010)", "(0019,1002)[0]/(0021,1001)"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whatIsLeft(Case c) {
        Outcome outcome = run(V + "retainPrivateTags[" + c.arguments() + "]", c.in());
        assertThat(outcome.failure()).as(c.name()).isEmpty();
        assertThat(Datasets.allPaths(outcome.dataset())).as(c.name()).containsExactlyElementsOf(c.left());
    }

    @org.junit.jupiter.api.Test
    void anEmptiedItemBeforeAKeptOneStaysAndTheTrailingOneGoes() {
        Dataset in = ds(el("(0019,0010)", "A"), seq("(0019,1002)",
                ds(el("(0019,0010)", "B"), el("(0019,1002)", VR.LO, "other")),
                ds(el("(0019,0010)", "B"), el("(0019,1001)", VR.LO, "keep")),
                ds(el("(0019,0010)", "B"), el("(0019,1002)", VR.LO, "other"))));
        Dataset out = run(V + "retainPrivateTags[(0019,{A}02)/(0019,{B}01)]", in).dataset();
        var items = ((org.anonscript.dicom.DicomElement.Sequence) out.get(org.anonscript.dicom.Tag.parse("(0019,1002)"))
                .orElseThrow()).items();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).dataset().isEmpty()).isTrue();
        assertThat(Datasets.value(out, "(0019,{A}02)[1]/(0019,{B}01)")).isEqualTo("keep");
    }

    @org.junit.jupiter.api.Test
    void theChangeLogListsEveryRemovedElement() {
        Dataset in = ds(el("(0019,0010)", "A"), el("(0019,1001)", VR.LO, "a"), el("(0029,0010)", "B"),
                el("(0029,1001)", VR.LO, "b"));
        Outcome outcome = run(V + "retainPrivateTags[(0019,{A}01)]", in);
        assertThat(outcome.changes()).extracting(Change::path).containsExactlyInAnyOrder("(0029,0010)", "(0029,1001)");
        assertThat(outcome.changes()).extracting(Change::kind).containsOnly(Change.Kind.REMOVED);
    }
}
