package org.anonscript.dicom.json;

import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.VR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One element in, its DICOM JSON Model out (PS3.18 Annex F, as dcm2json writes it). */
class DicomJsonTest {

    private static String json(DicomElement... elements) {
        return DicomJson.toJson(Dataset.of(elements)).toString();
    }

    private static DicomElement.Value text(int tag, VR vr, String value) {
        return DicomElement.Value.of(tag, vr, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static DicomElement.Value bytes(int tag, VR vr, byte[] value) {
        return DicomElement.Value.of(tag, vr, value);
    }

    @ParameterizedTest(name = "{1} [{2}] -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "00100020 | LO | `SCSFREN `           | `{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"SCSFREN\"]}}`",
            "00100020 | LO | `  `                 | `{\"00100020\":{\"vr\":\"LO\"}}`",
            "00100020 | LO | ``                   | `{\"00100020\":{\"vr\":\"LO\"}}`",
            "00101000 | LO | `eggs\\\\\\\\spam`     | `{\"00101000\":{\"vr\":\"LO\",\"Value\":[\"eggs\",null,\"spam\"]}}`",
            "00080008 | CS | ` ORIGINAL\\\\PRIMARY` | `{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",\"PRIMARY\"]}}`",
            "00204000 | LT | ` two lines `         | `{\"00204000\":{\"vr\":\"LT\",\"Value\":[\" two lines\"]}}`",
            "00080018 | UI | `1.2.3\u0000`         | `{\"00080018\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}}`",
            "00200013 | IS | ` +12 `               | `{\"00200013\":{\"vr\":\"IS\",\"Value\":[12]}}`",
            "00280030 | DS | `.5\\\\-.25e1 `        | `{\"00280030\":{\"vr\":\"DS\",\"Value\":[0.5,-0.25e1]}}`",
            "00280030 | DS | `007\\\\5.`            | `{\"00280030\":{\"vr\":\"DS\",\"Value\":[7,5.0]}}`",
            "00280030 | DS | `1.000000e+01`        | `{\"00280030\":{\"vr\":\"DS\",\"Value\":[1.000000e01]}}`",
            "00100010 | PN | `^^^^`                | `{\"00100010\":{\"vr\":\"PN\"}}`",
            "00100010 | PN | `Ab^^=^^^`            | `{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Ab\"}]}}`",
            "00100010 | PN | `Doe^J=^^=`           | `{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^J\"}]}}`",
    })
    void textValues(String tag, VR vr, String value, String expected) {
        assertThat(json(text(Integer.parseUnsignedInt(tag, 16), vr, value.replace("\\\\", "\\"))))
                .isEqualTo(expected.replace("\\\\", "\\"));
    }

    @Test
    void personNameGroupsAreDecodedWithTheCharacterSet() {
        String json = json(text(0x00080005, VR.CS, "ISO_IR 192"),
                DicomElement.Value.of(0x00100010, VR.PN, "Wang^XiaoDong=王^小東=".getBytes(StandardCharsets.UTF_8)));
        assertThat(json).contains("\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Wang^XiaoDong\",\"Ideographic\":\"王^小東\"}]}");
    }

    @Test
    void topLevelCharacterSetIsShownAsUtf8ButIso6StaysAsItIs() {
        assertThat(json(text(0x00080005, VR.CS, "ISO_IR 100"))).isEqualTo("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]}}");
        assertThat(json(text(0x00080005, VR.CS, "ISO_IR 6"))).isEqualTo("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 6\"]}}");
    }

    @Test
    void latin1TextIsDecoded() {
        assertThat(json(text(0x00080005, VR.CS, "ISO_IR 100"), text(0x00100010, VR.PN, "Buc^J\u00e9r\u00f4me")))
                .contains("{\"Alphabetic\":\"Buc^Jérôme\"}");
    }

    @Test
    void binaryNumbersAreJsonNumbers() {
        ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0xFFFF).putShort((short) -2).putInt(-1).putInt(-3).putFloat(-11.2f).putDouble(862399761.11107898);
        byte[] all = b.array();
        assertThat(json(bytes(0x00280010, VR.US, slice(all, 0, 2)))).isEqualTo("{\"00280010\":{\"vr\":\"US\",\"Value\":[65535]}}");
        assertThat(json(bytes(0x00280106, VR.SS, slice(all, 2, 2)))).isEqualTo("{\"00280106\":{\"vr\":\"SS\",\"Value\":[-2]}}");
        assertThat(json(bytes(0x00081161, VR.UL, slice(all, 4, 4)))).isEqualTo("{\"00081161\":{\"vr\":\"UL\",\"Value\":[4294967295]}}");
        assertThat(json(bytes(0x00186020, VR.SL, slice(all, 8, 4)))).isEqualTo("{\"00186020\":{\"vr\":\"SL\",\"Value\":[-3]}}");
        assertThat(json(bytes(0x00109431, VR.FL, slice(all, 12, 4)))).isEqualTo("{\"00109431\":{\"vr\":\"FL\",\"Value\":[-11.2]}}");
        assertThat(DicomJson.toJson(Dataset.of(bytes(0x00189218, VR.FD, slice(all, 16, 8))))
                .getAsJsonObject("00189218").getAsJsonArray("Value").get(0).getAsDouble()).isEqualTo(862399761.11107898);
        assertThat(json(bytes(0x00189218, VR.FD, new byte[0]))).isEqualTo("{\"00189218\":{\"vr\":\"FD\"}}");
        assertThat(json(bytes(0x00211092, VR.FL, new byte[4]))).isEqualTo("{\"00211092\":{\"vr\":\"FL\",\"Value\":[0]}}");
    }

    private static byte[] slice(byte[] all, int from, int length) {
        return java.util.Arrays.copyOfRange(all, from, from + length);
    }

    @Test
    void attributeTagsAreHex() {
        assertThat(json(bytes(0x00280009, VR.AT, new byte[] {0x54, 0x00, 0x10, 0x00, 0x54, 0x00, 0x20, 0x00})))
                .isEqualTo("{\"00280009\":{\"vr\":\"AT\",\"Value\":[\"00540010\",\"00540020\"]}}");
    }

    @Test
    void otherBinaryIsInlineBinaryPaddedToEvenLength() {
        assertThat(json(bytes(0x00091001, VR.UN, "Nested SQ".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("{\"00091001\":{\"vr\":\"UN\",\"InlineBinary\":\"TmVzdGVkIFNRAA==\"}}");
        assertThat(json(bytes(0x7FE00010, VR.OW, new byte[0]))).isEqualTo("{\"7FE00010\":{\"vr\":\"OW\"}}");
    }

    @Test
    void sequencesNestItemsAndGroupLengthsAreLeftOut() {
        Dataset item = Dataset.of(text(0x00081150, VR.UI, "1.2"), bytes(0x00080000, VR.UL, new byte[] {4, 0, 0, 0}));
        assertThat(json(DicomElement.Sequence.of(0x00081115, List.of(item, Dataset.empty())),
                DicomElement.Sequence.of(0x00081111, List.of())))
                .isEqualTo("{\"00081111\":{\"vr\":\"SQ\"},\"00081115\":{\"vr\":\"SQ\",\"Value\":["
                        + "{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"1.2\"]}},{}]}}");
    }

    @Test
    void itemsInheritTheCharacterSetUnlessTheyDeclareTheirOwn() {
        Dataset inherits = Dataset.of(text(0x00100010, VR.PN, "J\u00e9r\u00f4me"));
        Dataset own = Dataset.of(text(0x00080005, VR.CS, "ISO_IR 144"), text(0x00100010, VR.PN, "\u00bb\u00ee"));
        String json = json(text(0x00080005, VR.CS, "ISO_IR 100"), DicomElement.Sequence.of(0x00321064, List.of(inherits, own)));
        assertThat(json).contains("{\"Alphabetic\":\"Jérôme\"}", "{\"Alphabetic\":\"Лю\"}", "\"Value\":[\"ISO_IR 144\"]");
    }
}
