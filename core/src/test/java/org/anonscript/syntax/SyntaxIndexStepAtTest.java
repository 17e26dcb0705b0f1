package org.anonscript.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.anonscript.script.ParseResult;
import org.anonscript.script.ScriptParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which path step a cursor ({@code |}) is on, and the prefix that step addresses. */
class SyntaxIndexStepAtTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', value = {
        "-(0008,1115)[0]/(0008,11|50)            ! 1 ! (0008,1115)[0]/(0008,1150)",
        "-(0008,11|15)[0]/(0008,1150)            ! 0 ! (0008,1115)[0]",
        "-(0008,1115)[|0]/(0008,1150)            ! 0 ! (0008,1115)[0]",
        "-(0040,0275)/(0040,00|07)               ! 1 ! (0040,0275)/(0040,0007)",
        "-|*/(0010,0020)                         ! 0 ! *",
        "-+/(0008,01|00)                         ! 1 ! +/(0008,0100)",
        "(0010,0010) := (0008,1115)[0]/.|/(0008,1150) ! 1 ! (0008,1115)[0]/.",
        "if ((0008,1115)[%]/(0008,11|50) = \"1\") { -(0010,0010) } ! 1 ! (0008,1115)[%]/(0008,1150)",
    })
    void theCursorPicksAStepAndItsPrefix(String marked, int step, String prefix) {
        int at = marked.indexOf('|');
        String text = "version \"6.3\"\n" + marked.substring(0, at) + marked.substring(at + 1);
        int offset = "version \"6.3\"\n".length() + at;
        ParseResult parse = ScriptParser.parse(text);
        SyntaxIndex.StepAt found = SyntaxIndex.of(parse.script(), parse.source()).stepAt(offset).orElseThrow();
        assertThat(found.step()).isEqualTo(step);
        assertThat(text.substring(found.prefix().range().start().offset(), found.node().range().end().offset()))
                .isEqualTo(prefix);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', value = {"|version \"6.3\"", "(0010,0010) := \"A|B\"", "x| := 1"})
    void offPathsThereIsNoStep(String marked) {
        int at = marked.indexOf('|');
        String text = marked.substring(0, at) + marked.substring(at + 1);
        ParseResult parse = ScriptParser.parse(text);
        assertThat(SyntaxIndex.of(parse.script(), parse.source()).stepAt(at)).isEmpty();
    }
}
