package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.run;
import static org.anonscript.eval.Datasets.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.anonscript.dicom.Dataset;
import org.anonscript.script.ScriptParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DicomEdit 4 (spec §13): first statement wins, constraints, lazy case-insensitive variables, new UID. */
class De4EngineTest {

    static final Dataset DATA = ds(el("(0008,0060)", "MR"), el("(0010,0010)", "Doe^John"), el("(0010,0020)", "ID1"),
            el("(0020,000D)", "1.2.3"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            (0010,0010) := "first"\\n(0010,0010) := "second"                | first
            -(0010,0010)\\n(0010,0010) := "kept?"                             | <absent>
            (0010,0010) := "set"\\n-(0010,0010)                               | set
            (0008,0060) = "CT" : (0010,0010) := "ct"\\n(0010,0010) := "other" | other
            (0008,0060) = "MR" : (0010,0010) := "mr"\\n(0010,0010) := "other" | mr
            (0008,0060) ~ "M." : (0010,0010) ~ "Doe.*" : (0010,0010) := "both" | both
            (0010,0010) := NAME\\nname := "lazy"                              | lazy
            (0010,0010) := (0010,0020)\\n(0010,0020) := "changed"             | ID1
            (0010,0010) := (0010,9999)                                       | ''
            """)
    void firstStatementWins(String script, String expected) {
        Dataset out = run(script.replace("\\n", "\n"), DATA).dataset();
        String actual = value(out, "(0010,0010)");
        assertThat(actual == null ? "<absent>" : actual).isEqualTo(expected);
    }

    @Test
    void variablesAreAssignedOnce() {
        Outcome outcome = run("a := \"1\"\nA := \"2\"", DATA);
        assertThat(outcome.failure().orElseThrow().message()).contains("already initialised");
    }

    @Test
    void unboundExternalVariablesStopTheScriptBeforeAnyStatement() {
        Outcome outcome = run("(0010,0020) := \"x\"\n(0010,0010) := subject", DATA);
        assertThat(outcome.status()).isEqualTo(Outcome.Status.ERROR);
        assertThat(outcome.failure().orElseThrow().message()).contains("subject");
        assertThat(outcome.changes()).isEmpty();
        assertThat(value(run("(0010,0010) := SUBJECT", DATA, Bindings.of("subject", "S1")).dataset(), "(0010,0010)"))
                .isEqualTo("S1");
    }

    @Test
    void oneEvaluatorChecksTheExternalsOfEachScriptAgainstEachCallsBindings() {
        // the evaluator analyses a script's variables once; the bindings are still checked on every call
        Evaluator evaluator = new Evaluator(EvaluationSession.seeded(1));
        var needsSubject = ScriptParser.parse("(0010,0010) := subject").script();
        var needsProject = ScriptParser.parse("(0010,0020) := project").script();
        for (int round = 0; round < 3; round++) {
            assertThat(evaluator.apply(needsSubject, DATA, Bindings.none()).failure().orElseThrow().message())
                    .contains("subject");
            assertThat(value(evaluator.apply(needsSubject, DATA, Bindings.of("subject", "S" + round)).dataset(),
                    "(0010,0010)")).isEqualTo("S" + round);
            assertThat(evaluator.apply(needsProject, DATA, Bindings.of("subject", "S")).failure().orElseThrow().message())
                    .contains("project").doesNotContain("subject");
        }
        // more scripts than the evaluator keeps: each is still checked against its own variables
        for (int i = 0; i < 40; i++) {
            var script = ScriptParser.parse("(0010,0010) := v" + i).script();
            assertThat(evaluator.apply(script, DATA, Bindings.none()).failure().orElseThrow().message()).contains("v" + i);
            assertThat(evaluator.apply(needsSubject, DATA, Bindings.none()).failure().orElseThrow().message())
                    .contains("subject");
        }
    }

    @Test
    void newUidMapsTheSameOriginalToTheSameUidWithinARun() {
        Evaluator evaluator = new Evaluator(EvaluationSession.seeded(3));
        var script = ScriptParser.parse("(0020,000D) := new UID").script();
        String a = value(evaluator.apply(script, DATA, Bindings.none()).dataset(), "(0020,000D)");
        String b = value(evaluator.apply(script, DATA, Bindings.none()).dataset(), "(0020,000D)");
        assertThat(a).startsWith("2.25.").isNotEqualTo("1.2.3").isEqualTo(b);
    }

    @Test
    void patternDeletion() {
        Dataset in = ds(el("(2001,0010)", "Philips"), el("(2001,1001)", org.anonscript.dicom.VR.LO, "a"),
                el("(2001,1002)", org.anonscript.dicom.VR.LO, "b"), el("(0010,0010)", "x"));
        assertThat(Datasets.allPaths(run("-(2001,10XX)", in).dataset())).containsExactly("(0010,0010)", "(2001,0010)");
    }

    @Test
    void echoPrintsAtCollection() {
        assertThat(run("echo \"modality {0}\" (0008,0060)", DATA).echoes()).containsExactly("modality MR");
    }
}
