package org.anonscript.cli.lint;

import static org.anonscript.cli.lint.Fixtures.at;
import static org.anonscript.cli.lint.Fixtures.file;
import static org.anonscript.cli.lint.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static String render(LintedFile... files) {
        return new TextRenderer().render(List.of(files));
    }

    @Test
    void headerThenSourceLineThenCaretsUnderTheRange() {
        String text = "version \"6.7\"\n(0010,0010) := isMatch[\"a\", \"b\"]\n";
        assertThat(render(file("x.das", text, on(text, "isMatch", DiagnosticCode.DE101, "Unknown function isMatch"))))
                .isEqualTo("""
                        x.das:2:16: error DE101 Unknown function isMatch
                        (0010,0010) := isMatch["a", "b"]
                                       ^^^^^^^
                        1 error, 0 warnings, 0 notes in 1 file
                        """);
    }

    @Test
    void tabsBeforeTheRangeAreKeptSoCaretsLineUp() {
        String text = "if ( true[] ) {\n\t\t-(60XX,3000)\n}\n";
        assertThat(render(file("t.das", text, on(text, "(60XX,3000)", DiagnosticCode.DE202, "Group ends with X"))))
                .contains("\t\t-(60XX,3000)\n\t\t ^^^^^^^^^^^\n");
    }

    @Test
    void rangeOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        String text = "phi := {\n  (0010,0030),\n\n}\n";
        assertThat(render(file("l.das", text, on(text, "{\n  (0010,0030),\n\n}", DiagnosticCode.DE006, "Blank line in a list"))))
                .startsWith("l.das:1:8: error DE006 Blank line in a list\nphi := {\n       ^\n");
    }

    @Test
    void emptyRangeAtTheEndOfTheTextGetsOneCaret() {
        String text = "(0008,0080) := \"Hospital";
        assertThat(render(file("e.das", text, at(text, text.length(), DiagnosticCode.DE002, "Unterminated string"))))
                .startsWith("e.das:1:25: error DE002 Unterminated string\n(0008,0080) := \"Hospital\n"
                        + " ".repeat(24) + "^\n");
    }

    @Test
    void severitiesAreSpelledInLowerCaseAndCountedInTheSummary() {
        String text = "a := b\nc := d\n";
        assertThat(render(
                file("a.das", text,
                        on(text, "b", DiagnosticCode.DE104, "b is never assigned"),
                        on(text, "d", DiagnosticCode.DE104, Severity.INFO, "d is never assigned")),
                file("b.das", "")))
                .contains("a.das:1:6: warning DE104 b is never assigned\n")
                .contains("a.das:2:6: info DE104 d is never assigned\n")
                .endsWith("0 errors, 1 warning, 1 note in 2 files\n");
    }

    @Test
    void cleanFilesPrintOnlyTheSummary() {
        assertThat(render(file("ok.das", "- (0010,0030)\n"))).isEqualTo("0 errors, 0 warnings, 0 notes in 1 file\n");
    }
}
