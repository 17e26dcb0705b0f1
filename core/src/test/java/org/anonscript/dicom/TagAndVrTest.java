package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tag helpers and the VR table of PS3.5 §6.2 / §7.1.2. */
class TagAndVrTest {

    @ParameterizedTest(name = "{0}: private={1} creator={2} groupLength={3}")
    @CsvSource(delimiter = '|', textBlock = """
            (0010,0010) | false | false | false
            (0009,0010) | true  | true  | false
            (0009,00FF) | true  | true  | false
            (0009,0100) | true  | false | false
            (0009,1001) | true  | false | false
            (0009,000F) | true  | false | false
            (0008,0000) | false | false | true
            (0019,0000) | true  | false | true
            (0001,0010) | false | false | false
            (0007,0010) | false | false | false
            (FFFF,0010) | false | false | false
            (7FE0,0010) | false | false | false
            """)
    void classifiesTags(String text, boolean isPrivate, boolean isCreator, boolean isGroupLength) {
        int tag = Tag.parse(text);
        assertThat(Tag.isPrivate(tag)).isEqualTo(isPrivate);
        assertThat(Tag.isPrivateCreator(tag)).isEqualTo(isCreator);
        assertThat(Tag.isGroupLength(tag)).isEqualTo(isGroupLength);
        assertThat(Tag.toString(tag)).isEqualTo(text);
    }

    @Test
    void parsesTheUsualSpellingsAndOrdersUnsigned() {
        assertThat(Tag.parse("(7fe0,0010)")).isEqualTo(0x7FE00010);
        assertThat(Tag.parse("0010,0020")).isEqualTo(0x00100020);
        assertThat(Tag.parse("FFFEE000")).isEqualTo(Tag.ITEM);
        assertThat(Tag.group(Tag.ITEM)).isEqualTo(0xFFFE);
        assertThat(Tag.element(Tag.ITEM)).isEqualTo(0xE000);
        assertThat(Tag.compare(0xFFFCFFFC, 0x7FE00010)).isPositive();
        assertThatThrownBy(() -> Tag.parse("(0010,001)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tag.parse("(00G0,0010)")).isInstanceOf(IllegalArgumentException.class);
    }

    /** PS3.5 Table 6.2-1 and §7.1.2: kind, header length in explicit VR, padding, width of one number. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            AE, TEXT,     8,  32, 0
            AS, TEXT,     8,  32, 0
            AT, BINARY,   8,   0, 2
            CS, TEXT,     8,  32, 0
            DA, TEXT,     8,  32, 0
            DS, TEXT,     8,  32, 0
            DT, TEXT,     8,  32, 0
            FD, BINARY,   8,   0, 8
            FL, BINARY,   8,   0, 4
            IS, TEXT,     8,  32, 0
            LO, TEXT,     8,  32, 0
            LT, TEXT,     8,  32, 0
            OB, BINARY,  12,   0, 1
            OD, BINARY,  12,   0, 8
            OF, BINARY,  12,   0, 4
            OL, BINARY,  12,   0, 4
            OV, BINARY,  12,   0, 8
            OW, BINARY,  12,   0, 2
            PN, TEXT,     8,  32, 0
            SH, TEXT,     8,  32, 0
            SL, BINARY,   8,   0, 4
            SQ, SEQUENCE, 12,  0, 0
            SS, BINARY,   8,   0, 2
            ST, TEXT,     8,  32, 0
            SV, BINARY,  12,   0, 8
            TM, TEXT,     8,  32, 0
            UC, TEXT,    12,  32, 0
            UI, TEXT,     8,   0, 0
            UL, BINARY,   8,   0, 4
            UN, BINARY,  12,   0, 1
            UR, TEXT,    12,  32, 0
            US, BINARY,   8,   0, 2
            UT, TEXT,    12,  32, 0
            UV, BINARY,  12,   0, 8
            """)
    void everyVrKnowsItsEncoding(String name, VR.Kind kind, int header, int padding, int width) {
        VR vr = VR.valueOf(name);
        assertThat(vr.kind()).isEqualTo(kind);
        assertThat(vr.explicitHeaderLength()).isEqualTo(header);
        assertThat(vr.paddingByte()).isEqualTo((byte) padding);
        assertThat(vr.numberWidth()).isEqualTo(width);
        assertThat(VR.fromCode(name.charAt(0), name.charAt(1))).hasValue(vr);
    }

    @Test
    void allThirtyFourVrsAndNoOthers() {
        assertThat(VR.values()).hasSize(34);
        assertThat(VR.fromCode('X', 'X')).isEmpty();
        assertThat(VR.fromCode(0, 0)).isEmpty();
        assertThat(VR.fromDictionary("US or SS")).hasValue(VR.US);
        assertThat(VR.fromDictionary("")).isEmpty();
    }

    @Test
    void transferSyntaxesByUid() {
        assertThat(TransferSyntax.of("1.2.840.10008.1.2\0")).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(TransferSyntax.of("1.2.840.10008.1.2.2").bigEndian()).isTrue();
        assertThat(TransferSyntax.of("1.2.840.10008.1.2.1.99").deflated()).isTrue();
        assertThat(TransferSyntax.of("1.2.840.10008.1.2.4.50").encapsulated()).isTrue();
        assertThat(TransferSyntax.of("1.2.840.10008.1.2.5").name()).isEqualTo("RLE Lossless");
        TransferSyntax unknown = TransferSyntax.of("1.2.3.4");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.explicitVr()).isTrue();
        assertThat(unknown.bigEndian()).isFalse();
    }

    @Test
    void everyTransferSyntaxOfTheUidRegistryIsKnown() {
        // the dictionary branch's registry (pydicom's UID table) lists the transfer syntaxes of PS3.6
        var registry = UidRegistry.standard();
        long missing = registry.entries().stream()
                .filter(UidEntry::isTransferSyntax)
                .filter(u -> !TransferSyntax.of(u.uid()).isKnown())
                .peek(u -> System.out.println("not in TransferSyntax: " + u.uid() + " " + u.name()))
                .count();
        assertThat(missing).isZero();
    }
}
