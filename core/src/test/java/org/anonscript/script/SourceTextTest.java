package org.anonscript.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
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

    /** The look-up starts from its previous answer and remembers recent ones: any order must still be right. */
    @Test
    void positionsAgreeWithCountingNewlinesWhateverTheOrderOfQuestions() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("x".repeat(random.nextInt(5))).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        String t = text.toString();
        SourceText many = new SourceText(t);
        int offset = 0;
        for (int i = 0; i < 20_000; i++) {
            offset = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(t.length() + 1); // anywhere
                case 1 -> Math.min(t.length(), offset + random.nextInt(40)); // a little further on
                case 2 -> Math.max(0, offset - random.nextInt(40)); // a little back
                default -> offset; // the same again
            };
            int line = 0;
            int lineStart = 0;
            for (int k = 0; k < offset; k++) {
                if (t.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            Position p = many.positionAt(offset);
            assertThat(p).as("seed %d, offset %d", seed, offset).isEqualTo(new Position(line, offset - lineStart, offset));
        }
    }
}
