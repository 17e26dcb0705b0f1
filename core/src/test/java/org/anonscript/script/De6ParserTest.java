package org.anonscript.script;

import static org.anonscript.script.Fixtures.V66;
import static org.anonscript.script.Fixtures.assertShape;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anonscript.analysis.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DE6 statements and expressions parse to the shapes spec §3–§8 describe (one row per example). */
class De6ParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        (0010,0010) := "ANON"                                  | (:= (0010,0010) "ANON")
        (0008,1030) := project                                 | (:= (0008,1030) project)
        (0010,4000) := (0040,0275)[0]/(0032,1060)              | (:= (0010,4000) (0040,0275)[0]/(0032,1060))
        (0040,A730)[2]/(0040,A040) := "TEXT"                   | (:= (0040,A730)[2]/(0040,A040) "TEXT")
        (0010,0010) ?= "x"                                     | (?= (0010,0010) "x")
        */(0010,0020) ?= "ID"                                  | (?= */(0010,0020) "ID")
        -(0010,0030)                                           | (- (0010,0030))
        - (0010,0030)                                          | (- (0010,0030))
        -(0008,1110)[0]                                        | (- (0008,1110)[0])
        -(0008,1140)[%]/(0008,1155)                            | (- (0008,1140)[%]/(0008,1155))
        -+/(0008,0100)                                         | (- +/(0008,0100))
        -./(0010,0020)                                         | (- ./(0010,0020))
        -*/(2001,{Philips Imaging DD 001}@X)                   | (- */(2001,{Philips Imaging DD 001}@X))
        -(60X@,3000)                                           | (- (60X@,3000))
        -(50x@,#0@0)                                           | (- (50X@,#0@0))
        -(0010 ,0010)                                          | (- (0010,0010))
        -(0010, 0010)                                          | (- (0010,0010))
        -(0019,{SIEMENS MR HEADER}XX)                          | (- (0019,{SIEMENS MR HEADER}XX))
        -(0029,{SIEMENS CSA: HDR-1.0_x}10)                     | (- (0029,{SIEMENS CSA: HDR-1.0_x}10))
        kind := (0008,0060)                                    | (let kind (0008,0060))
        n := 0                                                 | (let n 0)
        n := -12.25                                            | (let n -12.25)
        phi := {}                                              | (let phi {})
        l := {"a", 1, (0010,0010), v, f[], {2}}                | (let l {"a", 1, (0010,0010), v, f[], {2}})
        hashUIDList[{(0020,000D), {(0020,000E), */(0008,1155)}}] | (call hashUIDList[{(0020,000D), {(0020,000E), */(0008,1155)}}])
        removeTags[phi, */(0008,0090)]                         | (call removeTags[phi, */(0008,0090)])
        removeTags[{(0010,1040), */(0019,{SIEMENS MR HEADER}XX)}] | (call removeTags[{(0010,1040), */(0019,{SIEMENS MR HEADER}XX)}])
        x1 := {a}                                              | (let x1 {a})
        reject[]                                               | (call reject[])
        echo                                                   | (echo)
        echo (0010,0010)                                       | (echo (0010,0010))
        echo format["{0}-{1}", lowercase["MR"], replace[substring["ABCDEF", 1, 4], "C", "x"]] | (echo format["{0}-{1}", lowercase["MR"], replace[substring["ABCDEF", 1, 4], "C", "x"]])
        removeAllPrivateTags                                   | (removeAllPrivateTags)
        describe patientName "Patient name"                    | (describe patientName "Patient name")
        describe secret hidden                                 | (describe secret hidden)
        describe pi const                                      | (describe pi const)
        describe pi immutable                                  | (describe pi immutable)
        export session "xnat:imageSessionData/label"           | (export session "xnat:imageSessionData/label")
        (0008,0070) ~ "GE.*" ? (0008,1090) := "scanner A" : (0008,1090) := "scanner B" | (? (~ (0008,0070) "GE.*") (:= (0008,1090) "scanner A") (:= (0008,1090) "scanner B"))
        project != "Unassigned" ? (0008,1030) := project      | (? (!= project "Unassigned") (:= (0008,1030) project))
        isPresent[(0010,1010)] ? -(0010,0030)                  | (? isPresent[(0010,1010)] (- (0010,0030)))
        true[] ? retainPrivateTags["(0019,{SIEMENS MR HEADER}XX)"] | (? true[] (call retainPrivateTags["(0019,{SIEMENS MR HEADER}XX)"]))
        (0008,0060) !~ "CT" ? echo "not CT"                    | (? (!~ (0008,0060) "CT") (echo "not CT"))
        x1 := "\\\\d{8}"                                       | (let x1 "\\d{8}")
        x1 := "10\\\\d{2}"                                     | (let x1 "10\\d{2}")
        x1 := "\\n\\(\\)\\101"                                 | (let x1 "\\n\\(\\)\\101")
        x1 := "https://host/x"                                 | (let x1 "https://host/x")
        x1 := "//not a comment"                                | (let x1 "//not a comment")
        (0008,0020) := shiftDateByIncrement[(0008,0020), "-30"] | (:= (0008,0020) shiftDateByIncrement[(0008,0020), "-30"])
        isPresent[(0008,1140)[1]] ? echo "two"                 | (? isPresent[(0008,1140)[1]] (echo "two"))
        """)
    void statementsParseToTheirShape(String statement, String shape) {
        String text = V66 + statement;
        assertShape(text, "(version \"6.6\") " + shape);
    }

    /** The function examples of spec §8.3 are ordinary calls; the parser does not know the catalogue. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        echo concatenate["10","20","30"]                        | (echo concatenate["10", "20", "30"])
        echo match["aba", "(a(b)?)+", 2]                        | (echo match["aba", "(a(b)?)+", 2])
        echo ismatch[(0008,0020), "\\\\d{8}"]                   | (echo ismatch[(0008,0020), "\\d{8}"])
        echo format["O'Brien {0}", x1]                          | (echo format["O'Brien {0}", x1])
        set["(0045,0010)", "PCI"]                               | (call set["(0045,0010)", "PCI"])
        delete["(2001,105F)[0]/(2005,10a3)"]                    | (call delete["(2001,105F)[0]/(2005,10a3)"])
        mapReferencedUIDs["1.2.3", "*/(0008,1155)"]             | (call mapReferencedUIDs["1.2.3", "*/(0008,1155)"])
        echo shiftDateTimeByIncrement["20200101120000.000000", 10] | (echo shiftDateTimeByIncrement["20200101120000.000000", 10])
        echo shiftDateByIncrement["20200228", -5, "days"]       | (echo shiftDateByIncrement["20200228", -5, "days"])
        shiftDateTimeListByIncrement[{(0008,0020), (0008,0021)}, 1, "days"] | (call shiftDateTimeListByIncrement[{(0008,0020), (0008,0021)}, 1, "days"])
        (0010,0010) := normalizeString[(0010,0010), ":)"]       | (:= (0010,0010) normalizeString[(0010,0010), ":)"])
        reject[false[]]                                         | (call reject[false[]])
        scalePatientAgeAndDobFromStudyDate[]                    | (call scalePatientAgeAndDobFromStudyDate[])
        v1 := collectValues[(0010,0010), "x", {(0010,0020)}]    | (let v1 collectValues[(0010,0010), "x", {(0010,0020)}])
        blankValues[v1]                                         | (call blankValues[v1])
        echo getURL["https://xnat.example/data/config?format=json"] | (echo getURL["https://xnat.example/data/config?format=json"])
        echo lookup["patients", (0010,0020)]                    | (echo lookup["patients", (0010,0020)])
        echo mapUID[(0020,000D), "1.2.840.99"]                  | (echo mapUID[(0020,000D), "1.2.840.99"])
        ns_fn[1]                                                | (call ns_fn[1])
        """)
    void functionCallsOfTheCatalogueParse(String statement, String shape) {
        assertShape(V66 + statement, "(version \"6.6\") " + shape);
    }

    @Test
    void ifElseifElseInBothLayouts() {
        String knr = V66 + """
                kind := (0008,0060)
                if ( kind = "US" ) {
                    alterPixels["rectangle", "l=0, t=0, r=639, b=60", "solid", "v=0"]
                } elseif ( kind = "SR" ) {
                    -(0040,A730)
                } else {
                    removeAllPrivateTags
                }
                """;
        String allman = V66 + """
                kind := (0008,0060)
                if ( kind = "US" )
                {
                    alterPixels["rectangle", "l=0, t=0, r=639, b=60", "solid", "v=0"]
                }
                elseif ( kind = "SR" )
                {

                    -(0040,A730)
                }
                else
                {
                    removeAllPrivateTags
                }
                """;
        String shape = "(version \"6.6\") (let kind (0008,0060)) (if (= kind \"US\") "
                + "{(call alterPixels[\"rectangle\", \"l=0, t=0, r=639, b=60\", \"solid\", \"v=0\"])} "
                + "elseif (= kind \"SR\") {(- (0040,A730))} else {(removeAllPrivateTags)})";
        assertShape(knr, shape);
        assertShape(allman, shape);
    }

    @Test
    void nestedIfsAndOneLineBlocks() {
        assertShape(V66 + "if (isPresent[(0010,0010)]) { if (true[]) { -(0010,0010) } }\n-(0010,0020)",
                "(version \"6.6\") (if isPresent[(0010,0010)] {(if true[] {(- (0010,0010))})}) (- (0010,0020))");
    }

    @Test
    void multiLineListWithTrailingComments() {
        assertShape(V66 + """
                phi := {
                    (0010,1040),            // address
                    (0010,2154)
                }
                removeTags[phi, */(0008,0090)]
                """,
                "(version \"6.6\") (let phi {(0010,1040), (0010,2154)}) (call removeTags[phi, */(0008,0090)])");
    }

    @Test
    void workedExampleOfSection16ParsesCleanly() {
        String text = """
                version "6.6"
                // identifiers from the host
                (0010,0010) := subject
                (0010,0020) := session
                project != "Unassigned" ? (0008,1030) := project

                // UIDs: deterministic, so re-uploads map to the same values
                (0020,000D) := hashUID[(0020,000D)]
                hashUIDList[{(0008,0018), */(0008,1155)}]

                // dates: move everything 30 days earlier
                (0008,0020) := shiftDateByIncrement[(0008,0020), "-30"]
                shiftDateTimeSequenceByIncrement["-2592000", "*/(0008,002A)"]

                // vendor data: keep one Philips block, drop the rest
                retainPrivateTags["(0019,{SIEMENS MR HEADER}XX)"]

                if ( (0008,0060) ~ "CT|PT" ) {
                    -(0008,0080)
                } elseif (isPresent[(0008,0081)]) {
                    (0008,0081) := ""
                } else {
                    reject[]
                }
                """;
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.script().statements()).hasSize(10);
        assertThat(r.script().comments()).extracting(Script.Comment::text).containsExactly(
                " identifiers from the host", " UIDs: deterministic, so re-uploads map to the same values",
                " dates: move everything 30 days earlier", " vendor data: keep one Philips block, drop the rest");
        assertThat(r.script().statements().get(9)).isInstanceOf(Statement.IfChain.class);
    }

    @Test
    void xnatDefaultScriptParses() {
        assertShape("""
                version "6.1"
                project != "Unassigned" ? (0008,1030) := project
                (0010,0010) := subject
                (0010,0020) := session
                """, "(version \"6.1\") (? (!= project \"Unassigned\") (:= (0008,1030) project)) "
                + "(:= (0010,0010) subject) (:= (0010,0020) session)");
    }

    @Test
    void scriptWithoutTrailingNewlineAndWithCrLf() {
        assertShape("version \"6.6\"\r\n-(0010,0010)\r\n\r\n\t-(0010,0020)",
                "(version \"6.6\") (- (0010,0010)) (- (0010,0020))");
        assertShape("", "");
        assertShape("\n\n// only a comment\n", "");
    }

    @Test
    void stringsKeepTheirRawTextAndDecodeOnlyDoubleBackslashes() {
        ParseResult r = ScriptParser.parse(V66 + "x1 := \"a\\\\d\\n\\101\"");
        Expression.StringLiteral s = (Expression.StringLiteral)
                ((Statement.VariableAssignment) r.script().statements().get(1)).value();
        assertThat(s.raw()).isEqualTo("a\\\\d\\n\\101");
        assertThat(s.value()).isEqualTo("a\\d\\n\\101");
    }

    @Test
    void tagPatternsKeepWildcardsAndCreators() {
        ParseResult r = ScriptParser.parse(V66 + "-*/(2001,{Philips Imaging DD 001}@x)");
        Statement.Deletion d = (Statement.Deletion) r.script().statements().get(1);
        PathStep.TagStep step = (PathStep.TagStep) d.target().steps().get(1);
        assertThat(step.tag().group()).isEqualTo("2001");
        assertThat(step.tag().element()).isEqualTo("@X");
        assertThat(step.tag().creator()).contains("Philips Imaging DD 001");
        assertThat(step.tag().isPrivate()).isTrue();
        assertThat(d.target().isSingular()).isFalse();
    }

    @Test
    void everyNodeRangeCoversItsText() {
        String text = V66 + "(0010,0010) := format[\"{0}\", (0008,0060)]  // c\nif (true[]) {\n  -(0010,0020)\n}";
        ParseResult r = ScriptParser.parse(text);
        Statement.TagAssignment a = (Statement.TagAssignment) r.script().statements().get(1);
        assertThat(slice(text, a.range())).isEqualTo("(0010,0010) := format[\"{0}\", (0008,0060)]");
        assertThat(slice(text, a.target().range())).isEqualTo("(0010,0010)");
        assertThat(slice(text, a.operatorRange())).isEqualTo(":=");
        Expression.FunctionCall call = (Expression.FunctionCall) a.value();
        assertThat(slice(text, call.name().range())).isEqualTo("format");
        assertThat(slice(text, call.args().get(0).range())).isEqualTo("\"{0}\"");
        assertThat(slice(text, call.args().get(1).range())).isEqualTo("(0008,0060)");
        Statement.IfChain chain = (Statement.IfChain) r.script().statements().get(2);
        assertThat(slice(text, chain.range())).isEqualTo("if (true[]) {\n  -(0010,0020)\n}");
        assertThat(slice(text, chain.branches().get(0).keywordRange())).isEqualTo("if");
        Statement inner = chain.branches().get(0).block().statements().get(0);
        assertThat(slice(text, inner.range())).isEqualTo("-(0010,0020)");
        assertThat(inner.range().start().line()).isEqualTo(3);
        assertThat(inner.range().start().column()).isEqualTo(2);
        assertThat(slice(text, r.script().comments().get(0).range())).isEqualTo("// c");
    }

    @Test
    void inlineConditionalCannotHoldBlocksOrRemoveAllPrivateTags() {
        ParseResult r = ScriptParser.parse(V66 + "true[] ? removeAllPrivateTags\n-(0010,0010)");
        assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.DE005);
        assertThat(Ast.of(r.script())).isEqualTo("(version \"6.6\") (error) (- (0010,0010))");
    }

    @Test
    void numbersAreNotTargetsAndLeadingZerosSplit() {
        assertThat(ScriptParser.parse(V66 + "007 := \"x\"").diagnostics()).isNotEmpty();
        assertThat(ScriptParser.parse(V66 + "n := .5").diagnostics()).isNotEmpty();
    }

    @Test
    void parseResultIsImmutable() {
        ParseResult r = ScriptParser.parse(V66 + "-(0010,0010)");
        List<Statement> statements = r.script().statements();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> statements.add(statements.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    static String slice(String text, Range range) {
        return text.substring(range.start().offset(), range.end().offset());
    }
}
