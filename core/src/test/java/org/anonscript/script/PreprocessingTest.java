package org.anonscript.script;

import static org.anonscript.script.De6ParserTest.slice;
import static org.anonscript.script.Fixtures.V66;
import static org.anonscript.script.Fixtures.assertShape;
import static org.assertj.core.api.Assertions.assertThat;

import org.anonscript.analysis.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §2.1–2.2: line joining and comment removal happen before lexing; positions still point into the user's text. */
class PreprocessingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        x1 := "//not a comment"                  | //not a comment
        x1 := "/NOT/A/COMMENT//"                 | /NOT/A/COMMENT//
        x1 := "http//nope"                       | http//nope
        x1 := "https://host/x"                   | https://host/x
        x1 := "http://host/x" // trailing        | http://host/x
        x1 := "a//b" // c:"x//y"                 | a//b
        """)
    void slashesInsideStringsAreNotComments(String statement, String value) {
        ParseResult r = ScriptParser.parse(V66 + statement);
        assertThat(r.diagnostics()).isEmpty();
        Statement.VariableAssignment a = (Statement.VariableAssignment) r.script().statements().get(1);
        assertThat(((Expression.StringLiteral) a.value()).value()).isEqualTo(value);
    }

    @Test
    void commentsAreTriviaWithOriginalRanges() {
        String text = V66 + "// whole line\n-(0010,0010) // trailing\n//* star\n\t// indented";
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.script().comments()).extracting(Script.Comment::text)
                .containsExactly(" whole line", " trailing", "* star", " indented");
        assertThat(r.script().comments()).extracting(c -> slice(text, c.range()))
                .containsExactly("// whole line", "// trailing", "//* star", "// indented");
        assertThat(r.script().comments().get(1).range().start().line()).isEqualTo(2);
        assertThat(r.script().comments().get(1).range().start().column()).isEqualTo(13);
    }

    @Test
    void hashAndBlockCommentMarkersAreNotComments() {
        assertThat(ScriptParser.parse(V66 + "# not a comment").diagnostics()).isNotEmpty();
        assertThat(ScriptParser.parse(V66 + "/* not a comment */").diagnostics()).isNotEmpty();
    }

    @Test
    void aContinuedStringJoinsWithoutASeparator() {
        String text = V66 + "(0010,0010) := \"ANON \\\nPATIENT\"\n-(0010,0020)";
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.diagnostics()).isEmpty();
        Statement.TagAssignment a = (Statement.TagAssignment) r.script().statements().get(1);
        Expression.StringLiteral s = (Expression.StringLiteral) a.value();
        assertThat(s.value()).isEqualTo("ANON PATIENT");
        // The literal's range runs from its opening quote on line 2 to its closing quote on line 3.
        assertThat(slice(text, s.range())).isEqualTo("\"ANON \\\nPATIENT\"");
        assertThat(s.range().end().line()).isEqualTo(2);
        Statement next = r.script().statements().get(2);
        assertThat(next.range().start().line()).isEqualTo(3);
        assertThat(slice(text, next.range())).isEqualTo("-(0010,0020)");
    }

    @Test
    void continuationKeepsLeadingBlanksAndRepeats() {
        String text = V66 + "removeTags[(0010,0010),\\\n    (0010,0020),\\\n(0010,0030)]\n-(0010,0040)";
        ParseResult r = ScriptParser.parse(text);
        assertShape(r, "(version \"6.6\") (call removeTags[(0010,0010), (0010,0020), (0010,0030)]) (- (0010,0040))");
        Statement.CallStatement call = (Statement.CallStatement) r.script().statements().get(1);
        Expression third = call.call().args().get(2);
        assertThat(third.range().start().line()).isEqualTo(3);
        assertThat(third.range().start().column()).isEqualTo(0);
        assertThat(slice(text, third.range())).isEqualTo("(0010,0030)");
    }

    @Test
    void aTagSplitByAContinuationMapsBackAcrossLines() {
        String text = V66 + "-(0010,\\\n0010)";
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(slice(text, r.script().statements().get(1).range())).isEqualTo("-(0010,\\\n0010)");
    }

    @Test
    void aCommentEndingInABackslashSwallowsTheNextLine() {
        ParseResult r = ScriptParser.parse(V66 + "-(0010,0010) // drop \\\n-(0010,0020)\n-(0010,0030)");
        assertThat(Ast.of(r.script())).isEqualTo("(version \"6.6\") (- (0010,0010)) (- (0010,0030))");
        assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly(DiagnosticCode.DE009);
        assertThat(r.script().comments()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(" drop -(0010,0020)"));
    }

    @Test
    void blanksAfterTheBackslashPreventJoining() {
        ParseResult r = ScriptParser.parse(V66 + "x1 := \"A\" \\ \n-(0010,0020)");
        // Not joined: the backslash stays on line 2 and is not a valid token; line 3 is intact.
        assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.DE009);
        assertThat(Ast.of(r.script())).endsWith("(- (0010,0020))");
    }

    @Test
    void aBackslashInACommentWithTrailingBlanksIsNotReported() {
        ParseResult r = ScriptParser.parse(V66 + "-(0010,0010) // path C:\\ \n-(0010,0020)");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void de4KeepsCommentsAsTriviaAndTreatsBackslashNewlineAsBlank() {
        String text = "(0010,0010) := \"a//b\" // note\n(0010,0020) := \\\n\"x\"";
        ParseResult r = ScriptParser.parse(text, Dialect.DE4);
        assertShape(r, "(:= (0010,0010) \"a//b\") (:= (0010,0020) \"x\")");
        assertThat(r.script().comments()).extracting(c -> slice(text, c.range())).containsExactly("// note");
        Statement second = r.script().statements().get(1);
        assertThat(slice(text, second.range())).isEqualTo("(0010,0020) := \\\n\"x\"");
    }

    @Test
    void diagnosticsAfterJoinedLinesPointAtTheRightLine() {
        String text = V66 + "x1 := \"a\\\nb\"\n\n-(0010,0010) $";
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DE001);
            assertThat(d.range().start().line()).isEqualTo(4);
            assertThat(d.range().start().column()).isEqualTo(13);
        });
    }

    @Test
    void surrogatePairsCountAsTwoUtf16Columns() {
        String text = V66 + "x1 := \"\uD83D\uDE00\" $";
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.range().start().column()).isEqualTo(11);
            assertThat(slice(text, d.range())).isEqualTo("$");
        });
    }
}
