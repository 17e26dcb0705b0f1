package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagFormatTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "(0010,0010)     | 00100010",
        "0010,0010       | 00100010",
        "00100010        | 00100010",
        "(7fe0,0010)     | 7FE00010",
        "'  (0008,0018) '| 00080018",
        "(0010 , 0020)   | 00100020",
        "FFFEE0DD        | FFFEE0DD",
        "(2001,105f)     | 2001105F",
    })
    void parsesTheUsualSpellings(String text, String hex) {
        assertThat(TagFormat.parse(text)).hasValue(Integer.parseUnsignedInt(hex, 16));
    }

    @ParameterizedTest(name = "\"{0}\" is not a tag")
    @ValueSource(strings = {"", "(0010,0010", "0010,0010)", "(0010,001)", "0010001", "001000100", "(60xx,3000)",
        "(0010;0010)", "PatientName", "(0010,{Creator}10)"})
    void refusesAnythingElse(String text) {
        assertThat(TagFormat.parse(text)).isEmpty();
    }

    @Test
    void formatsAsUpperCaseHexInParentheses() {
        assertThat(TagFormat.format(0x7FE00010)).isEqualTo("(7FE0,0010)");
        assertThat(TagFormat.format(0xFFFEE0DD)).isEqualTo("(FFFE,E0DD)");
        assertThat(TagFormat.format(TagFormat.of(0x10, 0x10))).isEqualTo("(0010,0010)");
        assertThat(TagFormat.group(0xFFFEE0DD)).isEqualTo(0xFFFE);
        assertThat(TagFormat.element(0xFFFEE0DD)).isEqualTo(0xE0DD);
        assertThat(TagFormat.parse(null)).isEmpty();
    }

    @Test
    void formatAndParseAreInverse() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            int tag = random.nextInt();
            assertThat(TagFormat.parse(TagFormat.format(tag))).as("seed %d, tag %08X", seed, tag).hasValue(tag);
        }
    }
}
