package org.anonscript.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.anonscript.script.Identifier;
import org.anonscript.script.ScriptParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableAnalysisTest {

    private static VariableAnalysis of(String text) {
        return VariableAnalysis.of(ScriptParser.parse(text).script());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        version "6.1"\\n(0010,0010) := subject                         | subject
        version "6.1"\\nl := "a"\\n(0010,0010) := l                     | ''
        version "6.1"\\n(0010,0010) := l\\nl := "a"                     | l
        version "6.1"\\ndescribe l "Label"\\nl := "a"                   | l
        version "6.1"\\nl := concatenate[l, "x"]                       | l
        (0010,0010) := l\\nl := "a"                                     | ''
        describe Visit hidden\\n(0010,0010) := VISIT                    | Visit
        (0008,1030) := project\\nsession := makeSessionLabel[format["{0}_v##_{1}", subject, lowercase[modalityLabel]]]\\n(0010,0020) := session | project subject modalityLabel
        """)
    void externalNamesFollowSection10_1(String script, String externals) {
        assertThat(String.join(" ", of(script.replace("\\n", "\n")).externalNames())).isEqualTo(externals);
    }

    @Test
    void recordsWhereEachVariableIsAssignedReadAndDeclared() {
        VariableAnalysis v = of("version \"6.6\"\ndescribe phi \"PHI\"\nphi := {(0010,1040)}\nremoveTags[phi]\n"
                + "(0010,0010) := phi");
        VariableAnalysis.Variable phi = v.variable("phi").orElseThrow();
        assertThat(phi.assignments()).extracting(id -> id.range().toString()).containsExactly("3:1-3:4");
        assertThat(phi.reads()).extracting(id -> id.range().toString()).containsExactly("4:12-4:15", "5:16-5:19");
        assertThat(phi.declarations()).extracting(id -> id.range().toString()).containsExactly("2:10-2:13");
        assertThat(phi.mayHoldList()).isTrue();
        assertThat(phi.occurrences()).extracting(Identifier::name).containsOnly("phi").hasSize(4);
    }

    @Test
    void de4NamesFoldCaseAndDe6NamesDoNot() {
        VariableAnalysis de4 = of("Label := \"a\"\n(0010,0010) := LABEL");
        assertThat(de4.variable("label")).map(x -> x.reads().size()).contains(1);
        assertThat(de4.variables()).hasSize(1);
        VariableAnalysis de6 = of("version \"6.1\"\nLabel := \"a\"\n(0010,0010) := LABEL");
        assertThat(de6.variables()).hasSize(2);
        assertThat(de6.variable("label")).isEmpty();
    }

    @Test
    void findsTheVariableUnderTheCursorForHoverAndRename() {
        String text = "version \"6.1\"\nlabel := \"a\"\n(0010,0010) := label";
        VariableAnalysis v = of(text);
        int cursor = text.lastIndexOf("label") + 2;
        assertThat(v.at(cursor)).map(VariableAnalysis.Variable::name).contains("label");
        assertThat(v.at(text.indexOf("(0010"))).isEmpty();
    }
}
