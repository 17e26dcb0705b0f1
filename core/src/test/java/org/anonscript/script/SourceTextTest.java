package org.anonscript.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTextTest {

    private final SourceText source = new SourceText("ab\r\ncd\n\nef");

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0",
        "1, 0, 1",
        "4, 1, 0",
        "6, 1, 2",
        "7, 2, 0",
        "8, 3, 0",
        "10, 3, 2",
        "99, 3, 2"
    })
    void positionsAreZeroBasedLinesAndColumns(int offset, int line, int column) {
        Position p = source.positionAt(offset);
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(column);
    }

    @ParameterizedTest
    @CsvSource({"0, ab", "1, cd", "2, ''", "3, ef"})
    void linesExcludeTheirTerminators(int line, String content) {
        assertThat(source.line(line)).isEqualTo(content);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1", "1, 2, 6", "1, 9, 6", "3, 1, 9"})
    void offsetsAreClampedToTheLine(int line, int column, int offset) {
        assertThat(source.offsetAt(line, column)).isEqualTo(offset);
    }
}
