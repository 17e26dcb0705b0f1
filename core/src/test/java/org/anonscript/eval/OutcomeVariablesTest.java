package org.anonscript.eval;

import static org.anonscript.eval.Datasets.ds;
import static org.anonscript.eval.Datasets.el;
import static org.anonscript.eval.Datasets.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.anonscript.dicom.Dataset;
import org.anonscript.script.ScriptParser;
import org.anonscript.script.TagPath;
import org.junit.jupiter.api.Test;

/** {@link Outcome#variables()}: the script variables a run ends with, and runs that start from them. */
class OutcomeVariablesTest {

    static final String V = "version \"6.7\"\n";
    static final Dataset MR = ds(el("(0008,0060)", "MR"), el("(0010,0020)", "PID-1"));

    private final Evaluator evaluator = new Evaluator(EvaluationSession.seeded(1));

    private Outcome apply(String script, Map<String, Object> variables) {
        return evaluator.apply(ScriptParser.parse(script).script(), MR, Bindings.none(), variables);
    }

    @Test
    void aVariableAssignedInsideAnIfBlockIsThereAtTheEnd() {
        Outcome o = apply(V + "if ((0008,0060) = \"MR\") {\n  kind := \"mr\"\n}\n", Map.of());
        assertThat(o.variables()).containsExactly(entry("kind", "mr"));
    }

    @Test
    void aListStaysAListOfPaths() {
        Object phi = apply(V + "phi := {(0010,1040), (0010,2154)}", Map.of()).variables().get("phi");
        assertThat(phi).isInstanceOf(List.class);
        assertThat((List<?>) phi).hasSize(2).allMatch(TagPath.class::isInstance);
        assertThat(VariableText.of(phi)).isEqualTo("{(0010,1040), (0010,2154)}");
    }

    @Test
    void aRunStartsFromTheVariablesItIsGiven() {
        Map<String, Object> first = apply(V + "phi := {(0010,0020)}\npid := (0010,0020)", Map.of()).variables();
        Outcome second = apply(V + "(0010,4000) := pid\nremoveTags[phi]", first);
        assertThat(value(second.dataset(), "(0010,4000)")).isEqualTo("PID-1");
        assertThat(value(second.dataset(), "(0010,0020)")).isNull();
        assertThat(second.variables()).containsOnlyKeys("phi", "pid");
    }

    @Test
    void givenVariablesWinOverBindingsAsAnAssignmentWould() {
        Outcome o = evaluator.apply(ScriptParser.parse(V + "(0010,4000) := project").script(), MR,
                Bindings.of("project", "bound"), Map.of("project", "assigned earlier"));
        assertThat(value(o.dataset(), "(0010,4000)")).isEqualTo("assigned earlier");
    }

    @Test
    void aDe4VariableGivenIsNotAMissingExternal() {
        Outcome missing = apply("(0010,4000) := Site", Map.of());
        assertThat(missing.status()).isEqualTo(Outcome.Status.ERROR);
        Outcome given = apply("(0010,4000) := Site", Map.of("site", "S1"));
        assertThat(given.failure()).isEmpty();
        assertThat(value(given.dataset(), "(0010,4000)")).isEqualTo("S1");
    }

    @Test
    void severalScriptsKeepTheLaterValueOfAName() {
        var scripts = List.of(ScriptParser.parse(V + "a := \"1\"\nb := \"site\"").script(),
                ScriptParser.parse(V + "b := \"project\"").script());
        Outcome o = evaluator.applyAll(scripts, MR, Bindings.none());
        assertThat(o.variables()).containsExactly(entry("a", "1"), entry("b", "project"));
    }

    @Test
    void aVariableReadWithoutAValueIsNullAndPrintsSo() {
        Outcome o = apply(V + "gone := (0010,9999)", Map.of());
        assertThat(o.variables()).as(o.toString()).containsKey("gone");
        assertThat(o.variables().get("gone")).isNull();
        assertThat(VariableText.of(o.variables().get("gone"))).isEqualTo("null");
    }
}
