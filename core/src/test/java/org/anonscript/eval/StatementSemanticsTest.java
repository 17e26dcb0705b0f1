package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.paths;
import static org.anonscript.eval.Datasets.run;
import static org.anonscript.eval.Datasets.seq;
import static org.anonscript.eval.Datasets.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.VR;
import org.junit.jupiter.api.Test;

/** DE6 statements (spec §6), tag paths (§3.3), private tags (§11.6) and the file meta re-sync (§11.7). */
class StatementSemanticsTest {

    static final String V = "version \"6.7\"\n";

    /** Top-level InstanceNumber 1; a Referenced Series Sequence with two items, the second nesting another. */
    static final Dataset NESTED = ds(
            el("(0020,0013)", "1"),
            seq("(0008,1115)",
                    ds(el("(0020,0013)", "2"), el("(0008,1155)", "1.2.3")),
                    ds(el("(0008,1155)", "4.5.6"),
                            seq("(0008,114A)", ds(el("(0020,0013)", "3"), el("(0008,1155)", "7.8.9"))))));

    @Test
    void assignmentCreatesSequencesAndItemsOnTheWay() {
        Dataset out = run(V + "(0040,A730)[2]/(0040,A040) := \"TEXT\"", ds()).dataset();
        assertThat(value(out, "(0040,A730)[2]/(0040,A040)")).isEqualTo("TEXT");
        DicomElement.Sequence seq = (DicomElement.Sequence) out.get(Tag.parse("(0040,A730)")).orElseThrow();
        assertThat(seq.items()).hasSize(3);
        assertThat(seq.items().get(0).dataset().isEmpty()).isTrue();
    }

    @Test
    void copyOutOfASequenceItem() {
        Dataset in = ds(seq("(0040,0275)", ds(el("(0032,1060)", "Brain MRI"))));
        assertThat(value(run(V + "(0010,4000) := (0040,0275)[0]/(0032,1060)", in).dataset(), "(0010,4000)"))
                .isEqualTo("Brain MRI");
    }

    @Test
    void nullCopyIsANoOpInDe6WithAWarningAndWritesEmptyInDe4() {
        Outcome de6 = run(V + "(0010,4000) := (0010,9999)", ds());
        assertThat(de6.status()).isEqualTo(Outcome.Status.UNCHANGED);
        assertThat(de6.warnings()).singleElement().asString().contains("null");
        assertThat(value(run("(0010,4000) := (0010,9999)", ds()).dataset(), "(0010,4000)")).isEqualTo("");
    }

    @Test
    void levelWildcards() {
        assertThat(paths(NESTED, "*/(0020,0013)")).containsExactly("(0020,0013)", "(0008,1115)[0]/(0020,0013)",
                "(0008,1115)[1]/(0008,114A)[0]/(0020,0013)");
        assertThat(paths(NESTED, "+/(0020,0013)")).containsExactly("(0008,1115)[0]/(0020,0013)",
                "(0008,1115)[1]/(0008,114A)[0]/(0020,0013)");
        assertThat(paths(NESTED, "./(0020,0013)")).containsExactly("(0008,1115)[0]/(0020,0013)");
    }

    @Test
    void itemSelectors() {
        assertThat(paths(NESTED, "(0008,1115)[%]/(0008,1155)")).containsExactly("(0008,1115)[0]/(0008,1155)",
                "(0008,1115)[1]/(0008,1155)");
        assertThat(paths(NESTED, "(0008,1115)/(0008,1155)")).hasSize(2);
        assertThat(paths(NESTED, "(0008,1115)[1]/(0008,1155)")).containsExactly("(0008,1115)[1]/(0008,1155)");
        assertThat(paths(NESTED, "(0008,1115)[5]/(0008,1155)")).isEmpty();
        assertThat(paths(NESTED, "(0008,1115)[1]")).containsExactly("(0008,1115)[1]");
    }

    @Test
    void deletionWithAnUnindexedSequenceStepRemovesFromEveryItem() {
        Dataset out = run(V + "-(0008,1115)/(0008,1155)", NESTED).dataset();
        assertThat(paths(out, "*/(0008,1155)")).containsExactly("(0008,1115)[1]/(0008,114A)[0]/(0008,1155)");
    }

    @Test
    void deletingAnItemEmptiesItButKeepsIt() {
        Dataset out = run(V + "-(0008,1115)[0]", NESTED).dataset();
        DicomElement.Sequence seq = (DicomElement.Sequence) out.get(Tag.parse("(0008,1115)")).orElseThrow();
        assertThat(seq.items()).hasSize(2);
        assertThat(seq.items().get(0).dataset().isEmpty()).isTrue();
    }

    @Test
    void assignIfExistsWritesEveryMatchAndCreatesNothing() {
        Dataset out = run(V + "*/(0020,0013) ?= \"9\"\n(0040,0275)[0]/(0040,0009) ?= \"x\"", NESTED).dataset();
        assertThat(run(V + "*/(0020,0013) ?= \"9\"", NESTED).changes()).hasSize(3);
        assertThat(value(out, "(0008,1115)[1]/(0008,114A)[0]/(0020,0013)")).isEqualTo("9");
        assertThat(out.contains(Tag.parse("(0040,0275)"))).isFalse();
    }

    @Test
    void digitWildcards() {
        Dataset in = ds(el("(6000,3000)", VR.OW, ""), el("(6002,3000)", VR.OW, ""), el("(6001,3000)", VR.OW, ""),
                el("(0010,0010)", "x"));
        assertThat(paths(in, "(60X@,3000)")).containsExactly("(6000,3000)", "(6002,3000)");
        assertThat(paths(in, "(60X#,3000)")).containsExactly("(6001,3000)");
    }

    @Test
    void privateCreatorTags() {
        Dataset in = ds(el("(0019,0010)", "OTHER"), el("(0019,0011)", "ACME 1.0"), el("(0019,1001)", VR.LO, "a"),
                el("(0019,1101)", VR.LO, "b"));
        assertThat(value(in, "(0019,{ACME 1.0}01)")).isEqualTo("b");
        assertThat(value(in, "(0019,{NOBODY}01)")).isNull();
        // reading an unknown creator creates nothing; writing allocates the first free slot (0x12)
        Dataset out = run(V + "(0019,{NEW}05) := \"c\"\n(0019,{ACME 1.0}02) := \"d\"", in).dataset();
        assertThat(value(out, "(0019,0012)")).isEqualTo("NEW");
        assertThat(value(out, "(0019,1205)")).isEqualTo("c");
        assertThat(value(out, "(0019,1102)")).isEqualTo("d");
        assertThat(value(run(V + "(0021,{X}10) := \"e\"", ds()).dataset(), "(0021,0010)")).isEqualTo("X");
    }

    @Test
    void removeAllPrivateTagsWorksAtEveryLevel() {
        Dataset in = ds(el("(0009,0010)", "C"), el("(0009,1001)", VR.LO, "a"),
                seq("(0008,1115)", ds(el("(0029,0010)", "D"), el("(0029,1001)", VR.LO, "b"), el("(0020,0013)", "1"))));
        Dataset out = run(V + "removeAllPrivateTags", in).dataset();
        assertThat(Datasets.allPaths(out)).containsExactly("(0008,1115)", "(0008,1115)[0]/(0020,0013)");
        assertThat(value(out, "(0008,1115)[0]/(0020,0013)")).isEqualTo("1");
    }

    @Test
    void retainPrivateTagsKeepsTheMatchedBlockAndItsCreator() {
        Dataset in = ds(el("(0019,0010)", "KEEP"), el("(0019,0011)", "DROP"), el("(0019,1001)", VR.LO, "a"),
                el("(0019,1101)", VR.LO, "b"), el("(0029,0010)", "X"), el("(0029,1001)", VR.LO, "c"));
        Dataset out = run(V + "retainPrivateTags[\"(0019,{KEEP}XX)\"]", in).dataset();
        assertThat(Datasets.allPaths(out)).containsExactly("(0019,0010)", "(0019,1001)");
    }

    @Test
    void conditionsOnMissingDataAndBranches() {
        String script = V + """
                (0010,9999) = "x" ? (0010,4000) := "eq" : (0010,4000) := "not eq"
                (0010,9999) != "x" ? (0010,4001) := "ne"
                kind := (0008,0060)
                if ( kind = "CT" ) {
                    (0010,4002) := "ct"
                } elseif (isPresent[(0008,0060)]) {
                    (0010,4002) := "other"
                    seen := "yes"
                } else {
                    reject[]
                }
                (0010,4003) := seen
                """;
        Dataset out = run(script, ds(el("(0008,0060)", "MR"))).dataset();
        assertThat(List.of(value(out, "(0010,4000)"), value(out, "(0010,4001)"), value(out, "(0010,4002)"),
                value(out, "(0010,4003)"))).containsExactly("not eq", "ne", "other", "yes");
    }

    @Test
    void rejectStopsWithTheStatementRange() {
        Outcome outcome = run(V + "(0010,0010) := \"A\"\nreject[]\n(0010,0020) := \"B\"", ds());
        assertThat(outcome.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcome.failure().orElseThrow().range().orElseThrow().start().line()).isEqualTo(2);
        assertThat(outcome.dataset().contains(0x00100020)).isFalse();
        assertThat(run(V + "reject[false[]]", ds()).status()).isEqualTo(Outcome.Status.UNCHANGED);
    }

    @Test
    void unsupportedVersionIsAnError() {
        Outcome outcome = run("version \"6.8\"\n", ds());
        assertThat(outcome.failure().orElseThrow().message()).contains("unsupported version");
    }

    @Test
    void changeLogNamesPathKeywordValuesAndStatement() {
        Outcome outcome = run(V + "(0010,0010) := \"B\"\n-(0010,0020)\n(0008,1030) := \"study\"",
                ds(el("(0010,0010)", "A"), el("(0010,0020)", "ID")));
        assertThat(outcome.changes()).extracting(c -> c.kind() + " " + c.path() + " " + c.keyword() + " " + c.before()
                + " " + c.after() + " @" + c.statement().orElseThrow().start().line()).containsExactly(
                "MODIFIED (0010,0010) PatientName A B @1",
                "REMOVED (0010,0020) PatientID ID null @2",
                "ADDED (0008,1030) StudyDescription null study @3");
    }

    @Test
    void fileMetaFollowsTheSopInstanceUidAsALoggedChange() {
        Dataset in = ds(el("(0002,0002)", VR.UI, "1.2.840.10008.5.1.4.1.1.4"), el("(0002,0003)", VR.UI, "1.2.3"),
                el("(0008,0016)", "1.2.840.10008.5.1.4.1.1.4"), el("(0008,0018)", "1.2.3"));
        Outcome outcome = run(V + "(0008,0018) := hashUID[(0008,0018)]", in);
        assertThat(value(outcome.dataset(), "(0002,0003)")).isEqualTo(value(outcome.dataset(), "(0008,0018)"));
        Change resync = outcome.changes().get(outcome.changes().size() - 1);
        assertThat(resync.path()).isEqualTo("(0002,0003)");
        assertThat(resync.statement()).isEmpty();
    }

    @Test
    void datasetProceduresOverWholeDataset() {
        Dataset in = ds(el("(0008,0018)", "1.2.3.4.5\\1.2.3.4.5.6"), el("(0010,0010)", "Doe^John"),
                el("(0010,0020)", "Doe^John"), seq("(0008,1115)", ds(el("(0008,0080)", "Doe^John "))));
        Dataset hashed = run(V + "hashUIDList[{(0008,0018)}]", in).dataset();
        assertThat(value(hashed, "(0008,0018)")).isEqualTo("2.25.281097975800109040096884226991818420711\\"
                + "2.25.262228503153619312954819897114011402300");
        Dataset blanked = run(V + "names := collectValues[(0010,0010)]\nblankValues[names]", in).dataset();
        assertThat(List.of(value(blanked, "(0010,0010)"), value(blanked, "(0010,0020)"),
                value(blanked, "(0008,1115)[0]/(0008,0080)"))).containsExactly("", "", "");
        Dataset removed = run(V + "phi := {(0010,0010), \"*/(0008,0080)\"}\nremoveTags[phi]", in).dataset();
        assertThat(paths(removed, "*/(0008,0080)")).isEmpty();
        assertThat(removed.contains(0x00100010)).isFalse();
    }

    @Test
    void setAndDeleteUseDirectNotation() {
        Dataset out = run(V + "set[\"(0040,0275)[0]/(0040,0009)\", \"SPS\"]\nset[\"(0045,0010)\", \"PCI\"]", ds()).dataset();
        assertThat(value(out, "(0040,0275)[0]/(0040,0009)")).isEqualTo("SPS");
        assertThat(value(out, "(0045,0010)")).isEqualTo("PCI");
        Dataset in = ds(seq("(2001,105F)", ds(el("(2005,10A3)", VR.LO, "x"), el("(2005,10A4)", VR.LO, "y"))));
        assertThat(Datasets.allPaths(run(V + "delete[\"(2001,105F)[0]/(2005,10a3)\"]", in).dataset()))
                .containsExactly("(2001,105F)", "(2001,105F)[0]/(2005,10A4)");
    }

    @Test
    void mapUidIsConsistentAcrossFilesOfOneSession() {
        Evaluator evaluator = new Evaluator(EvaluationSession.seeded(7));
        var script = org.anonscript.script.ScriptParser.parse(V + "mapReferencedUIDs[\"1.2.840.99\", \"*/(0008,1155)\"]")
                .script();
        Dataset a = evaluator.apply(script, NESTED, Bindings.none()).dataset();
        Dataset b = evaluator.apply(script, ds(el("(0008,1155)", "4.5.6")), Bindings.none()).dataset();
        assertThat(value(a, "(0008,1115)[1]/(0008,1155)")).startsWith("1.2.840.99.").isEqualTo(value(b, "(0008,1155)"));
    }

    @Test
    void scriptVariablesResetPerFileButBindingsPersist() {
        Evaluator evaluator = new Evaluator(EvaluationSession.seeded(1));
        var script = org.anonscript.script.ScriptParser.parse(V + """
                (0008,0060) = "MR" ? v := "set on MR"
                (0010,4000) := v
                (0010,4001) := project
                """).script();
        Bindings bindings = Bindings.of("project", "P1");
        evaluator.apply(script, ds(el("(0008,0060)", "MR")), bindings);
        Dataset second = evaluator.apply(script, ds(el("(0008,0060)", "CT")), bindings).dataset();
        assertThat(value(second, "(0010,4000)")).isNull();
        assertThat(value(second, "(0010,4001)")).isEqualTo("P1");
    }

    @Test
    void ageCappingExamples() {
        Dataset in = ds(el("(0008,0020)", "20000131"), el("(0010,0030)", "19000101"), el("(0010,1010)", "100Y"),
                seq("(0008,1115)", ds(el("(0010,1010)", "090Y"))));
        Dataset out = run(V + "scalePatientAgeAndDobFromStudyDate[]", in).dataset();
        assertThat(value(out, "(0010,0030)")).isEqualTo("19110201");
        assertThat(paths(out, "*/(0010,1010)").stream().map(p -> value(out, p))).containsOnly("089Y");
        Dataset young = ds(el("(0008,0020)", "20000131"), el("(0010,0030)", "19500101"), el("(0010,1010)", "050Y"));
        assertThat(run(V + "scalePatientAgeAndDobFromStudyDate[]", young).status()).isEqualTo(Outcome.Status.UNCHANGED);
    }
}
