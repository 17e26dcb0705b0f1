package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reading values as a script does (spec §7.1) and writing text with the VR rules of spec §11.3–§11.4. */
class ValueTextTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private static String read(String vr, String hex) {
        int tag = 0x00091001;
        Dataset d = Dataset.of(DicomElement.Value.of(tag, VR.valueOf(vr), HEX.parseHex(hex)));
        return d.getText(tag).orElseThrow();
    }

    /** Writes {@code text} to {@code tag} of {@code d}; returns "VR hex-bytes". */
    private static String write(Dataset d, int tag, String text) {
        DicomElement.Value v = (DicomElement.Value) d.withText(tag, text).get(tag).orElseThrow();
        return (v.vr() + " " + HEX.formatHex(v.toArray())).strip();
    }

    private static String write(int tag, String text) {
        return write(Dataset.empty(), tag, text);
    }

    @ParameterizedTest(name = "{0} {1} reads as \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CS | 4F 52 49 47 49 4E 41 4C 5C 50 52 49 4D 41 52 59 5C 41 58 49 41 4C 20 | ORIGINAL\\PRIMARY\\AXIAL
            PN | 44 6F 65 5E 4A 6F 68 6E                                              | Doe^John
            LO | 20 61 20 5C 20 62 20                                                 | a\\b
            UI | 31 2E 32 2E 33 00                                                    | 1.2.3
            LT | 20 20 6B 65 70 74 20 20                                              | "  kept"
            ST | 61 5C 62 20                                                          | a\\b
            DS | 20 31 2E 35 5C 2D 32 20                                              | 1.5\\-2
            US | 01 00 02 00                                                          | 1\\2
            US | FF FF                                                                | 65535
            SS | FB FF                                                                | -5
            UL | FF FF FF FF                                                          | 4294967295
            SL | FF FF FF FF                                                          | -1
            SV | 00 00 00 00 00 00 00 80                                              | -9223372036854775808
            UV | FF FF FF FF FF FF FF FF                                              | 18446744073709551615
            FL | 00 00 C0 3F                                                          | 1.5
            FL | 00 00 00 40                                                          | 2
            FD | 9A 99 99 99 99 99 B9 3F                                              | 0.1
            AT | 10 00 20 00                                                          | 00100020
            OB | 61 62 63 00                                                          | abc
            OB | 61 62 00 00                                                          | "ab\u0000"
            UN | 68 C3 A9 00                                                          | hé
            OW | 61 62                                                                | ab
            UC | 57 69 64 65 20                                                       | "Wide "
            """)
    void readsValuesAsScriptsSeeThem(String vr, String hex, String expected) {
        assertThat(read(vr, hex)).isEqualTo(expected.replace("\\u0000", "\0"));
    }

    @Test
    void aMissingElementReadsAsAbsent() {
        assertThat(Dataset.empty().getText(0x00100010)).isEmpty();
    }

    @Test
    void textIsDecodedWithTheDatasetsCharacterSet() {
        Dataset latin1 = Dataset.of(DicomElement.Value.of(Tag.SPECIFIC_CHARACTER_SET, VR.CS, "ISO_IR 100".getBytes()),
                DicomElement.Value.of(0x00100010, VR.PN, HEX.parseHex("4D FC 6C 6C 65 72")));
        assertThat(latin1.getText(0x00100010)).hasValue("Müller");
    }

    @ParameterizedTest(name = "{0} := \"{1}\" stores {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            00100010 | Doe^Jo          | PN 44 6F 65 5E 4A 6F
            00100010 | Doe^J           | PN 44 6F 65 5E 4A 20
            00100010 | ""              | PN
            00080018 | 1.2.3           | UI 31 2E 32 2E 33 00
            00080008 | ORIGINAL\\PRIMARY | CS 4F 52 49 47 49 4E 41 4C 5C 50 52 49 4D 41 52 59
            00280010 | 512             | US 00 02
            00181310 | 0\\256\\256\\0   | US 00 00 00 01 00 01 00 00
            00189219 | -3              | SS FD FF
            0040A132 | 1\\4294967295    | UL 01 00 00 00 FF FF FF FF
            00189087 | 1000            | FD 00 00 00 00 00 40 8F 40
            00720026 | 00100010        | AT 10 00 10 00
            0008040C | 1               | UV 01 00 00 00 00 00 00 00
            00720082 | -1\\2           | SV FF FF FF FF FF FF FF FF 02 00 00 00 00 00 00 00
            00080120 | urn:x           | UR 75 72 6E 3A 78 20
            00080119 | long            | UC 6C 6F 6E 67
            00080119 | odd             | UC 6F 64 64 20
            00720081 | ab              | OV 61 62
            00191010 | abc             | UN 61 62 63 00
            00190010 | ACME            | LO 41 43 4D 45
            """)
    void writesWithTheDictionaryVrWhenTheElementIsNew(String tag, String text, String expected) {
        assertThat(write(Tag.parse(tag), text)).isEqualTo(expected.strip());
    }

    @Test
    void theExistingVrWinsOverTheDictionary() {
        Dataset rowsAsUn = Dataset.of(DicomElement.Value.of(0x00280010, VR.UN, new byte[] {0, 2}));
        assertThat(write(rowsAsUn, 0x00280010, "512")).isEqualTo("UN 35 31 32 00");
        Dataset nameAsLo = Dataset.of(DicomElement.Value.of(0x00100010, VR.LO, "X ".getBytes()));
        assertThat(write(nameAsLo, 0x00100010, "Y")).isEqualTo("LO 59 20");
    }

    @Test
    void assigningToASequenceCreatesAnEmptySequence() {
        DicomElement e = Dataset.empty().withText(0x00081115, "anything").get(0x00081115).orElseThrow();
        assertThat(e).isEqualTo(new DicomElement.Sequence(0x00081115, VR.SQ, java.util.List.of(), true));
    }

    @ParameterizedTest(name = "{0} := \"{1}\" fails: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            00280010 | 70000    | cannot store "70000" in (0028,0010) US: expected an integer in 0..65535
            00280010 | abc      | cannot store "abc" in (0028,0010) US: expected an integer in 0..65535
            00280010 | 1.5      | cannot store "1.5" in (0028,0010) US: expected an integer in 0..65535
            00189219 | 40000    | cannot store "40000" in (0018,9219) SS: expected an integer in -32768..32767
            00189087 | fast     | cannot store "fast" in (0018,9087) FD: expected a decimal number
            0008040C | -1       | cannot store "-1" in (0008,040C) UV: expected an integer in 0..18446744073709551615
            00720026 | PatientID | cannot store "PatientID" in (0072,0026) AT: expected a tag like 00100010
            """)
    void unparsableNumbersAreClearErrors(String tag, String text, String message) {
        assertThatThrownBy(() -> Dataset.empty().withText(Tag.parse(tag), text))
                .isInstanceOf(DicomValueException.class).hasMessage(message);
    }

    @Test
    void textOutsideTheCharacterSetIsAnErrorNotQuestionMarks() {
        assertThatThrownBy(() -> Dataset.empty().withText(0x00100010, "Müller"))
                .isInstanceOf(DicomValueException.class).hasMessageContaining("Müller");
        Dataset latin1 = Dataset.of(DicomElement.Value.of(Tag.SPECIFIC_CHARACTER_SET, VR.CS, "ISO_IR 100".getBytes()));
        assertThat(write(latin1, 0x00100010, "Müller")).isEqualTo("PN 4D FC 6C 6C 65 72");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PN | Doe^John
            US | 1\\2\\65535
            SS | -32768\\32767
            UL | 0\\4294967295
            SL | -2147483648
            SV | -9223372036854775808\\9223372036854775807
            UV | 18446744073709551615
            FL | 1.5\\-0.25
            FD | 3.141592653589793
            AT | 7FE00010\\00100010
            OB | payload
            UN | naïve
            UT | one \\ value
            """)
    void writtenTextReadsBackUnchanged(String vr, String text) {
        DicomElement e = ValueText.encode(0x00091001, VR.valueOf(vr), text, TextCodec.forTerms(java.util.List.of("ISO_IR 192")));
        assertThat(ValueText.read(e, TextCodec.forTerms(java.util.List.of("ISO_IR 192")))).isEqualTo(text);
        assertThat(((DicomElement.Value) e).length() % 2).as("even length").isZero();
    }
}
