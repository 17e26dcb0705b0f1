package org.anonscript.script;

import static org.anonscript.script.Fixtures.V66;
import static org.anonscript.script.Fixtures.assertDiagnostic;
import static org.anonscript.script.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One fixture (or more) per parser diagnostic code: the code, and the exact range marked ⟦…⟧. */
class SyntaxDiagnosticsTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                // DE001 unexpected character
                Arguments.of(V66 + "-(0010,0010) ⟦$⟧", DiagnosticCode.DE001),
                Arguments.of(V66 + "x1 := ⟦&⟧", DiagnosticCode.DE001),
                // DE002 unterminated string: newline or end of file before the closing quote
                Arguments.of(V66 + "(0010,0010) := ⟦\"ANON⟧\n-(0010,0020)", DiagnosticCode.DE002),
                Arguments.of(V66 + "echo ⟦\"no end⟧", DiagnosticCode.DE002),
                // DE003 invalid escape, including \"
                Arguments.of(V66 + "x1 := \"a⟦\\d⟧\"", DiagnosticCode.DE003),
                Arguments.of(V66 + "x1 := \"say ⟦\\\"⟧hi\"", DiagnosticCode.DE003),
                Arguments.of(V66 + "x1 := \"caf⟦\\u⟧00e9\"", DiagnosticCode.DE003),
                Arguments.of(V66 + "x1 := \"⟦\\.⟧\"", DiagnosticCode.DE003),
                // DE004 single quotes
                Arguments.of(V66 + "(0010,0010) := ⟦'ANON'⟧", DiagnosticCode.DE004),
                // DE005 syntax error
                Arguments.of(V66 + "(0010,0010) := ⟦:=⟧ \"x\"", DiagnosticCode.DE005),
                Arguments.of(V66 + "if (true[]) { -(0010,0010) } ⟦else if⟧ (false[]) { }", DiagnosticCode.DE005),
                Arguments.of(V66 + "(0010,0010) ⟦:=⟧", DiagnosticCode.DE005),
                // DE006 unbalanced brackets, blank line in a list
                Arguments.of(V66 + "removeTags⟦[⟧(0010,0010)\n-(0010,0020)", DiagnosticCode.DE006),
                Arguments.of(V66 + "x1 := {1, 2⟦]⟧", DiagnosticCode.DE006),
                Arguments.of(V66 + "x1 := ⟦{⟧1, 2\n-(0010,0020)", DiagnosticCode.DE006),
                Arguments.of(V66 + "phi := {\n  (0010,1040),\n⟦\n⟧  (0010,2154)\n}", DiagnosticCode.DE006),
                Arguments.of(V66 + "phi := {\n  (0010,1040),\n  // address\n⟦\n⟧  (0010,2154)\n}", DiagnosticCode.DE006),
                // DE007 two statements on one line
                Arguments.of(V66 + "-(0010,0010) ⟦-(0010,0020)⟧", DiagnosticCode.DE007),
                Arguments.of(V66 + "if (true[]) { -(0010,0010) ⟦-(0010,0020)⟧ }", DiagnosticCode.DE007),
                // DE008 include
                Arguments.of(V66 + "⟦include file:///scripts/common.das⟧\n-(0010,0010)", DiagnosticCode.DE008),
                // DE009 continuation traps
                Arguments.of(V66 + "(0010,0010) := \"A\" \\⟦  ⟧\n-(0010,0020)", DiagnosticCode.DE009),
                Arguments.of(V66 + "-(0010,0010) ⟦// remove \\\n-(0010,0020)⟧\n-(0010,0030)", DiagnosticCode.DE009),
                Arguments.of(V66 + "-(0010,0010) ⟦\\⟧", DiagnosticCode.DE009),
                // DE010 the longest-match tag traps of spec §2.4
                Arguments.of(V66 + "if ⟦(face⟧ = \"1\") { -(0010,0010) }", DiagnosticCode.DE010),
                Arguments.of(V66 + "if ⟦(adde⟧d = \"1\") { -(0010,0010) }", DiagnosticCode.DE010),
                Arguments.of(V66 + "if (x1 = ⟦dead)⟧ { -(0010,0010) }", DiagnosticCode.DE010),
                Arguments.of(V66 + "if ((0028,0010) = ⟦1024)⟧ { -(0010,0010) }", DiagnosticCode.DE010),
                // DE106 reserved words and x/X as names
                Arguments.of(V66 + "⟦echo⟧ := \"x\"", DiagnosticCode.DE106),
                Arguments.of(V66 + "⟦x⟧ := \"1\"", DiagnosticCode.DE106),
                Arguments.of(V66 + "(0010,0010) := ⟦hidden⟧", DiagnosticCode.DE106),
                Arguments.of(V66 + "describe ⟦x⟧ \"X value\"", DiagnosticCode.DE106),
                // DE201 malformed tag, DE202 group ends with X
                Arguments.of(V66 + "-⟦(0010,001)⟧", DiagnosticCode.DE201),
                Arguments.of(V66 + "-⟦( 0010,0010)⟧", DiagnosticCode.DE201),
                Arguments.of(V66 + "-⟦(0010,0010 )⟧", DiagnosticCode.DE201),
                Arguments.of(V66 + "-⟦(001G,0010)⟧", DiagnosticCode.DE201),
                Arguments.of(V66 + "-⟦(60XX,3000)⟧", DiagnosticCode.DE202),
                // DE203 numeric private element in DE6
                Arguments.of(V66 + "-⟦(2001,1019)⟧", DiagnosticCode.DE203),
                Arguments.of(V66 + "x1 := ⟦(0045,0010)⟧", DiagnosticCode.DE203),
                // DE204 creator characters, creator on an even group
                Arguments.of(V66 + "-⟦(0019,{SIEMENS&CO}10)⟧", DiagnosticCode.DE204),
                Arguments.of(V66 + "-⟦(0019,{1ABC}10)⟧", DiagnosticCode.DE204),
                Arguments.of(V66 + "-⟦(0019,{A,B}10)⟧", DiagnosticCode.DE204),
                Arguments.of(V66 + "-⟦(0019,{A/B}10)⟧", DiagnosticCode.DE204),
                Arguments.of(V66 + "-⟦(0010,{SIEMENS}10)⟧", DiagnosticCode.DE204),
                // DE205 item index
                Arguments.of(V66 + "-(0008,1140)[⟦-1⟧]/(0008,1155)", DiagnosticCode.DE205),
                Arguments.of(V66 + "-(0008,1140)[⟦1.5⟧]/(0008,1155)", DiagnosticCode.DE205),
                Arguments.of(V66 + "-(0008,1140)[⟦n⟧]", DiagnosticCode.DE205));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("fixtures")
    void reportsTheCodeAtTheMarkedRange(String fixture, DiagnosticCode code) {
        Diagnostic d = assertDiagnostic(fixture, code);
        assertThat(d.severity()).isEqualTo(code.defaultSeverity());
    }

    @Test
    void genericSyntaxErrorsSayWhatWasExpected() {
        assertThat(assertDiagnostic(V66 + "(0010,0010) ⟦:=⟧", DiagnosticCode.DE005).message())
                .isEqualTo("The statement ends too early after `:=`; expected a value.");
        assertThat(assertDiagnostic(V66 + "f[1,⟦]⟧", DiagnosticCode.DE005).message())
                .isEqualTo("Unexpected `]`.");
        assertThat(assertDiagnostic(V66 + "(0010,0010) = ⟦\"x\"⟧", DiagnosticCode.DE005).message())
                .isEqualTo("The statement ends too early after `\"x\"`; expected `?`.");
        assertThat(assertDiagnostic(V66 + "(0010,0010) := \"a\" ⟦+⟧ \"b\"", DiagnosticCode.DE005).message())
                .contains("concatenate");
    }

    @Test
    void trapFixInsertsABlankAfterTheParenthesis() {
        String fixture = V66 + "if ⟦(face⟧ = \"1\") { -(0010,0010) }";
        Diagnostic d = assertDiagnostic(fixture, DiagnosticCode.DE010);
        int insertAt = Integer.parseInt(d.data().get("insertOffset"));
        String fixed = new StringBuilder(text(fixture)).insert(insertAt, d.data().get("insertText")).toString();
        assertThat(fixed).contains("if ( face = \"1\")");
        assertThat(ScriptParser.parse(fixed).diagnostics()).isEmpty();
    }

    @Test
    void trapFixInsertsABlankBeforeTheClosingParenthesis() {
        String fixture = V66 + "if (x1 = ⟦dead)⟧ { -(0010,0010) }";
        Diagnostic d = assertDiagnostic(fixture, DiagnosticCode.DE010);
        int insertAt = Integer.parseInt(d.data().get("insertOffset"));
        assertThat(d.data()).containsEntry("insertLine", "1").containsEntry("insertColumn", String.valueOf(insertAt - 14));
        String fixed = new StringBuilder(text(fixture)).insert(insertAt, " ").toString();
        assertThat(fixed).contains("(x1 = dead )");
        assertThat(ScriptParser.parse(fixed).diagnostics()).isEmpty();
    }

    @Test
    void quotingTheNumberAlsoAvoidsTheTrap() {
        assertThat(ScriptParser.parse(V66 + "if ((0028,0010) = \"1024\") { -(0010,0010) }").diagnostics()).isEmpty();
        assertThat(ScriptParser.parse(V66 + "if ( face = \"1\" ) { -(0010,0010) }").diagnostics()).isEmpty();
    }

    @Test
    void includeIsSkippedWhenEnabled() {
        String text = V66 + "include file:///scripts/common.das\n-(0010,0010)";
        ParseResult r = ScriptParser.parse(text, ParseOptions.defaults().withIncludeEnabled(true));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Ast.of(r.script())).isEqualTo("(version \"6.6\") (- (0010,0010))");
        assertThat(ScriptParser.parse(V66 + "include := 1").diagnostics()).isEmpty();
    }

    @Test
    void sameLineStatementsAreAcceptedWithAWarning() {
        ParseResult r = ScriptParser.parse(V66 + "-(0010,0010) -(0010,0020)");
        assertThat(Ast.of(r.script())).isEqualTo("(version \"6.6\") (- (0010,0010)) (- (0010,0020))");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DE007);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void oneBadLineDoesNotHideTheRest() {
        ParseResult r = ScriptParser.parse(V66 + "-(0010,0010)\n(0010,0020) := := \"x\"\nif (true[]) {\n  -(0010,0030)\n}\n"
                + "x1 := 'y'\n-(0010,0040)\n");
        assertThat(Ast.of(r.script())).isEqualTo(
                "(version \"6.6\") (- (0010,0010)) (error) (if true[] {(- (0010,0030))}) (error) (- (0010,0040))");
        assertThat(r.diagnostics()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.DE005, DiagnosticCode.DE004);
        Statement.Erroneous bad = (Statement.Erroneous) r.script().statements().get(2);
        assertThat(bad.text()).isEqualTo("(0010,0020) := := \"x\"");
        assertThat(bad.range().start().line()).isEqualTo(2);
    }

    @Test
    void aBadLineInsideABlockDoesNotHideTheOtherStatementsOfTheBlock() {
        String text = V66 + "if (true[]) {\n  -(0010,0010)\n  (0010,0020) := := \"x\"\n  -(0010,0030)\n} else {\n  x := 1\n}\n-(0010,0040)";
        ParseResult r = ScriptParser.parse(text);
        assertThat(Ast.of(r.script())).isEqualTo(
                "(version \"6.6\") (if true[] {(- (0010,0010)) (error) (- (0010,0030))} else {(error)}) (- (0010,0040))");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.DE005, DiagnosticCode.DE106);
        assertDiagnostic(V66 + "if (true[]) {\n  -(0010,0010)\n  (0010,0020) := ⟦:=⟧ \"x\"\n}", DiagnosticCode.DE005);
        assertDiagnostic(V66 + "if (true[]) {\n  x1 := ⟦'a'⟧\n}", DiagnosticCode.DE004);
    }

    @Test
    void badLinesInNestedBlocksLandInTheirOwnBlock() {
        String text = V66 + "if (true[]) {\n  if (false[]) {\n    x1 := $\n    -(0010,0010)\n  }\n  x2 := 'b'\n}";
        ParseResult r = ScriptParser.parse(text);
        assertThat(Ast.of(r.script())).isEqualTo(
                "(version \"6.6\") (if true[] {(if false[] {(error) (- (0010,0010))}) (error)})");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactlyInAnyOrder(DiagnosticCode.DE001, DiagnosticCode.DE004);
    }

    @Test
    void aBadStructureInsideABlockMakesTheWholeChainErroneous() {
        ParseResult r = ScriptParser.parse(V66 + "if (true[]) {\n  -(0010,0010)\n} else if (false[]) {\n  -(0010,0020)\n}\n-(0010,0030)");
        assertThat(Ast.of(r.script())).isEqualTo("(version \"6.6\") (error) (- (0010,0030))");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.DE005);
    }

    @Test
    void anUnclosedBlockDoesNotSwallowTheRestOfTheScript() {
        ParseResult r = ScriptParser.parse(V66 + "if (true[]) {\n-(0010,0010)\n-(0010,0020)\n");
        assertThat(Ast.of(r.script())).isEqualTo("(version \"6.6\") (error) (- (0010,0010)) (- (0010,0020))");
        assertDiagnostic(V66 + "if (true[]) ⟦{⟧\n-(0010,0010)\n-(0010,0020)\n", DiagnosticCode.DE006);
    }

    @Test
    void everyFailedLineGetsAtLeastOneDiagnostic() {
        for (String bad : new String[] {"}", "{", ")", "(", "[", "]", ":=", "?", ":", "=", "-", "/", ",", "%", "*",
                "if", "else", "elseif {}", "version", "describe", "export x", "echo :=", "f[", "f[]]", "\"", "'"}) {
            ParseResult r = ScriptParser.parse(V66 + bad);
            assertThat(r.diagnostics()).as(bad).isNotEmpty();
            assertThat(r.script().statements()).as(bad).last().isInstanceOf(Statement.Erroneous.class);
        }
    }
}
