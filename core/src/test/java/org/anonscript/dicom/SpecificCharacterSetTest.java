package org.anonscript.dicom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.anonscript.dicom.TextKind.MULTI_VALUED;
import static org.anonscript.dicom.TextKind.PERSON_NAME;
import static org.anonscript.dicom.TextKind.SINGLE_VALUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecificCharacterSetTest {

    private static SpecificCharacterSet cs(String value) {
        return SpecificCharacterSet.fromValue(value);
    }

    private static byte[] bytes(String escaped) {
        // test notation: "ESC" stands for 0x1B, "\xHH" for a byte (\x5c for a backslash), all else ASCII
        String s = escaped.replace("ESC", "\u001b");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\x", i)) {
                out.write(HexFormat.fromHexDigits(s, i + 2, i + 4));
                i += 3;
            } else {
                out.write(s.charAt(i));
            }
        }
        return out.toByteArray();
    }

    // ---- decoding: single-byte repertoires (PS3.3 Table C.12-2)

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ISO_IR 100 | Buc^J\\xe9r\\xf4me | Buc^Jérôme",
            "ISO_IR 101 | \\xb1\\xe6 | ąć",
            "ISO_IR 109 | \\xa1\\xb6 | Ħĥ",
            "ISO_IR 110 | \\xa1\\xa2 | Ąĸ",
            "ISO_IR 144 | \\xbb\\xee\\xdace | Люкce",
            "ISO_IR 127 | \\xc7\\xc8 | اب",
            "ISO_IR 126 | \\xc4\\xe9\\xef | Διο",
            "ISO_IR 138 | \\xf9\\xf8 | שר",
            "ISO_IR 148 | \\xdd\\xfd | İı",
            "ISO_IR 166 | \\xa1\\xa2 | กข",
            "ISO_IR 13 | \\xd4\\xcf\\xc0\\xde | ﾔﾏﾀﾞ",
            "ISO_IR 192 | \\xe7\\x8e\\x8b | 王",
            "GB18030 | \\xcd\\xf5 | 王",
            "GBK | \\xd0\\xa1 | 小",
    })
    void decodesSingleByteAndStandAloneSets(String term, String encoded, String text) {
        assertThat(cs(term).decode(bytes(encoded), PERSON_NAME)).isEqualTo(text);
    }

    @Test
    void defaultRepertoireReadsHighBytesLeniently() {
        assertThat(SpecificCharacterSet.DEFAULT.decode(bytes("J\\xe9r\\xf4me"), PERSON_NAME)).isEqualTo("Jérôme");
    }

    // ---- decoding: ISO 2022 code extensions (examples of PS3.5 Annexes H, I, K)

    @Test
    void japaneseKanjiAndHiraganaSwitchBackAtDelimiters() {
        assertThat(cs("\\ISO 2022 IR 87").decode(
                bytes("Yamada^Tarou=ESC$B;3ED ESC(B^ESC$BB@O:ESC(B=ESC$B$d$^$@ESC(B^ESC$B$?$m$&ESC(B"), PERSON_NAME))
                .isEqualTo("Yamada^Tarou=山田 ^太郎=やまだ^たろう");
    }

    @Test
    void japaneseKatakanaInG1WithKanjiInG0() {
        assertThat(cs("ISO 2022 IR 13\\ISO 2022 IR 87").decode(
                bytes("\\xd4\\xcf\\xc0\\xde^\\xc0\\xdb\\xb3=ESC$B;3EDESC(J^ESC$BB@O:ESC(J"), PERSON_NAME))
                .isEqualTo("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎");
    }

    @Test
    void jisX0212UsesItsOwnEscape() {
        assertThat(cs("\\ISO 2022 IR 87\\ISO 2022 IR 159").decode(bytes("ESC$(D0!ESC(B"), SINGLE_VALUED))
                .isEqualTo("丂");
    }

    @Test
    void koreanIsDesignatedToG1AndResetAtDelimiters() {
        assertThat(cs("\\ISO 2022 IR 149").decode(
                bytes("Hong^Gildong=ESC$)C\\xfb\\xf3^ESC$)C\\xd1\\xce\\xd4\\xd7=ESC$)C\\xc8\\xab^ESC$)C\\xb1\\xe6\\xb5\\xbf"),
                PERSON_NAME)).isEqualTo("Hong^Gildong=洪^吉洞=홍^길동");
    }

    @Test
    void chineseGb2312IsDesignatedToG1() {
        assertThat(cs("\\ISO 2022 IR 58").decode(bytes("Zhang^XiaoDong=ESC$)A\\xd5\\xc5^ESC$)A\\xd0\\xa1\\xb6\\xab="), PERSON_NAME))
                .isEqualTo("Zhang^XiaoDong=张^小东=");
    }

    @Test
    void singleByteExtensionsSwitchG1() {
        assertThat(cs("ISO 2022 IR 100\\ISO 2022 IR 144").decode(bytes("\\xe9ESC-L\\xbb\\xee\\x5c\\xe9"), MULTI_VALUED))
                .isEqualTo("éЛю\\é");
    }

    @Test
    void backslashEndsAnExtensionOnlyWhereItSeparatesValues() {
        byte[] value = bytes("ESC-L\\xbb\\x5c\\xbb");
        SpecificCharacterSet latinAndCyrillic = cs("ISO 2022 IR 100\\ISO 2022 IR 144");
        assertThat(latinAndCyrillic.decode(value, MULTI_VALUED)).isEqualTo("Л\\»");
        assertThat(latinAndCyrillic.decode(value, SINGLE_VALUED)).isEqualTo("Л\\Л");
    }

    @Test
    void escapeToASetNotDeclaredIsKeptAsText() {
        assertThat(cs("ISO 2022 IR 100").decode(bytes("aESC$Bb"), SINGLE_VALUED)).isEqualTo("a\u001b$Bb");
    }

    @Test
    void truncatedTwoByteCharacterBecomesReplacementCharacter() {
        assertThat(cs("\\ISO 2022 IR 87").decode(bytes("ESC$B;3E"), SINGLE_VALUED)).isEqualTo("山\ufffd");
    }

    // ---- encoding: the standard's examples byte for byte (as stored in pydicom's charset_files)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "chrH31.dcm | Yamada^Tarou=山田^太郎=やまだ^たろう",
            "chrH32.dcm | ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",
            "chrI2.dcm  | Hong^Gildong=洪^吉洞=홍^길동",
            "chrX1.dcm  | Wang^XiaoDong=王^小東=",
            "chrX2.dcm  | Wang^XiaoDong=王^小东=",
            "chrRuss.dcm | Люкceмбypг",
            "chrGreek.dcm | Διονυσιος",
    })
    void encodesPatientNameAsTheStandardsExample(String fixture, String name) throws IOException {
        RawTextElements.TextElement stored = RawTextElements.read(
                PydicomOracle.dataDirectory().resolve("charset_files").resolve(fixture)).get("00100010");
        byte[] unpadded = stripTrailingSpace(stored.value());
        assertThat(stored.characterSet().encode(name, PERSON_NAME)).isEqualTo(unpadded);
    }

    private static byte[] stripTrailingSpace(byte[] value) {
        int end = value.length;
        while (end > 0 && value[end - 1] == ' ') {
            end--;
        }
        return Arrays.copyOf(value, end);
    }

    @Test
    void encodingSwitchesBackBeforeEveryValueSeparatorAndAtTheEnd() {
        assertThat(cs("\\ISO 2022 IR 87").encode("山\\田", MULTI_VALUED)).isEqualTo(bytes("ESC$B;3ESC(B\\ESC$BEDESC(B"));
    }

    @Test
    void spaceIsNotPartOfJisX0208SoEncodingSwitchesBackForIt() {
        assertThat(cs("\\ISO 2022 IR 87").encode("山 田", SINGLE_VALUED)).isEqualTo(bytes("ESC$B;3ESC(B ESC$BEDESC(B"));
    }

    @Test
    void katakanaFromG1IsWrittenOnlyAfterG0IsBackToRomaji() {
        assertThat(cs("ISO 2022 IR 13\\ISO 2022 IR 87").encode("山ｱ", SINGLE_VALUED))
                .isEqualTo(bytes("ESC$B;3ESC(J\\xb1"));
    }

    @Test
    void encodingUsesTheFirstTermThatHasTheCharacter() {
        assertThat(cs("ISO 2022 IR 100\\ISO 2022 IR 144").encode("éЛé", SINGLE_VALUED))
                .isEqualTo(bytes("\\xe9ESC-L\\xbbESC-A\\xe9"));
    }

    // ---- unmappable characters are errors, never question marks

    @ParameterizedTest(name = "{0} cannot hold {1}")
    @CsvSource(delimiter = '|', value = {
            "''            | Jérôme  | é | 1",
            "ISO_IR 100    | Люк     | Л | 0",
            "ISO_IR 144    | Jérôme  | é | 1",
            "\\ISO 2022 IR 87 | 山田𠮷 | 𠮷 | 2",
            "ISO 2022 IR 13 | ﾔ山    | 山 | 1",
            "\\ISO 2022 IR 149 | 홍ก | ก | 1",
            "GBK           | 😀      | 😀 | 0",
    })
    void unmappableCharacterIsReportedWithItsPositionAndCharacterSet(String term, String text, String bad, int index) {
        SpecificCharacterSet set = cs(term);
        assertThatThrownBy(() -> set.encode(text, PERSON_NAME))
                .isInstanceOfSatisfying(UnmappableTextException.class, e -> {
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.codePoint()).isEqualTo(bad.codePointAt(0));
                    assertThat(e.characterSet()).isEqualTo(term);
                })
                .hasMessageContaining("'" + bad + "'");
        assertThat(set.canEncode(text, PERSON_NAME)).isFalse();
    }

    @Test
    void utf8HoldsEverything() {
        assertThat(cs("ISO_IR 192").encode("Jérôme 山田 홍 😀", SINGLE_VALUED))
                .isEqualTo("Jérôme 山田 홍 😀".getBytes(StandardCharsets.UTF_8));
    }

    // ---- round trips for every supported set

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ISO_IR 6          | Doe^John\\Smith",
            "ISO_IR 100        | Buc^Jérôme\\Äneas^Rüdiger",
            "ISO_IR 101        | Dvořák^Antonín",
            "ISO_IR 109        | Ħal Għargħur",
            "ISO_IR 110        | Ģirts^Ķēniņš",
            "ISO_IR 144        | Люксембург^Иван",
            "ISO_IR 127        | قباني^لنزار",
            "ISO_IR 126        | Διονυσιος",
            "ISO_IR 138        | שרון^דבורה",
            "ISO_IR 148        | Işık^Gül",
            "ISO_IR 166        | สมชาย^ใจดี",
            "ISO_IR 13         | ﾔﾏﾀﾞ^ﾀﾛｳ",
            "ISO_IR 192        | Wang^XiaoDong=王^小東=😀",
            "GB18030           | Wang^XiaoDong=王^小東",
            "GBK               | Wang^XiaoDong=王^小东",
            "ISO 2022 IR 6\\ISO 2022 IR 87\\ISO 2022 IR 159 | Yamada^Tarou=山田^太郎=やまだ^たろう丂",
            "ISO 2022 IR 13\\ISO 2022 IR 87 | ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",
            "\\ISO 2022 IR 149  | Hong^Gildong=洪^吉洞=홍^길동",
            "\\ISO 2022 IR 58   | Zhang^XiaoDong=张^小东=",
            "ISO 2022 IR 100\\ISO 2022 IR 101\\ISO 2022 IR 109\\ISO 2022 IR 110\\ISO 2022 IR 144\\ISO 2022 IR 127\\ISO 2022 IR 126\\ISO 2022 IR 138\\ISO 2022 IR 148\\ISO 2022 IR 166 | é ą Ħ ĸ Л ب Δ ש İ ก",
    })
    void encodeThenDecodeGivesTheInput(String term, String text) {
        SpecificCharacterSet set = cs(term.strip());
        for (TextKind kind : TextKind.values()) {
            assertThat(set.decode(set.encode(text, kind), kind)).as("%s as %s", term, kind).isEqualTo(text);
        }
    }

    @Test
    void randomTextsRoundTripThroughJapaneseCodeExtensions() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        SpecificCharacterSet set = cs("ISO 2022 IR 13\\ISO 2022 IR 87\\ISO 2022 IR 159");
        String alphabet = "AZaz09 ^=\\.-ｱﾝﾟ山田太郎やまだたろう¢丂";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (TextKind kind : TextKind.values()) {
                String input = text.toString();
                assertThat(set.decode(set.encode(input, kind), kind))
                        .as("seed %d, input \"%s\" as %s", seed, input, kind).isEqualTo(input);
            }
        }
    }

    @Test
    void definedTermsAreKeptAndUnknownOnesReported() {
        SpecificCharacterSet set = cs("ISO_IR 100\\ISO_IR 999");
        assertThat(set.definedTerms()).containsExactly("ISO_IR 100", "ISO_IR 999");
        assertThat(set.unknownTerms()).containsExactly("ISO_IR 999");
        assertThat(set.value()).isEqualTo("ISO_IR 100\\ISO_IR 999");
        assertThat(SpecificCharacterSet.of()).isSameAs(SpecificCharacterSet.DEFAULT);
        assertThat(SpecificCharacterSet.of("")).isSameAs(SpecificCharacterSet.DEFAULT);
    }
}
