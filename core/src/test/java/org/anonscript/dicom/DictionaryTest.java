package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values are PS3.6 facts (tag, keyword, name, VR, VM, retired), not output copied from our program. */
class DictionaryTest {

    private final Dictionary dictionary = Dictionary.standard();

    @ParameterizedTest(name = "({0}) is {1}")
    @CsvSource(delimiter = '|', value = {
        // tag      | keyword                        | name                                | VR              | VM  | retired
        "00100010 | PatientName                    | Patient's Name                      | PN              | 1   | false",
        "00100030 | PatientBirthDate               | Patient's Birth Date                | DA              | 1   | false",
        "0020000D | StudyInstanceUID               | Study Instance UID                  | UI              | 1   | false",
        "00080018 | SOPInstanceUID                 | SOP Instance UID                    | UI              | 1   | false",
        "00080008 | ImageType                      | Image Type                          | CS              | 2-n | false",
        "00280106 | SmallestImagePixelValue        | Smallest Image Pixel Value          | US or SS        | 1   | false",
        "00283006 | LUTData                        | LUT Data                            | US or OW        | 1-n | false",
        "7FE00010 | PixelData                      | Pixel Data                          | OB or OW        | 1   | false",
        "00000000 | CommandGroupLength             | Command Group Length                | UL              | 1   | false",
        "00000001 | CommandLengthToEnd             | Command Length to End               | UL              | 1   | true",
        "00020000 | FileMetaInformationGroupLength | File Meta Information Group Length  | UL              | 1   | false",
        "00020010 | TransferSyntaxUID              | Transfer Syntax UID                 | UI              | 1   | false",
        "00080001 | LengthToEnd                    | Length to End                       | UL              | 1   | true",
        "00280012 | Planes                         | Planes                              | US              | 1   | true",
        "FFFEE000 | Item                           | Item                                | ''              | 1   | false",
        "FFFEE0DD | SequenceDelimitationItem       | Sequence Delimitation Item          | ''              | 1   | false",
        // repeating groups: the exact look-up misses and a mask matches
        "60003000 | OverlayData                    | Overlay Data                        | OB or OW        | 1   | false",
        "60023000 | OverlayData                    | Overlay Data                        | OB or OW        | 1   | false",
        "60FE0010 | OverlayRows                    | Overlay Rows                        | US              | 1   | false",
        "50020005 | CurveDimensions                | Curve Dimensions                    | US              | 1   | true",
        "501E3000 | CurveData                      | Curve Data                          | OB or OW        | 1   | true",
        "7F000010 | VariablePixelData              | Variable Pixel Data                 | OB or OW        | 1   | true",
        "00280410 | RowsForNthOrderCoefficients    | Rows For Nth Order Coefficients     | US              | 1   | true",
        "002804F3 | CoefficientCodingPointers      | Coefficient Coding Pointers         | AT              | 1-n | true",
        "10004561 | RunLengthTriplet               | Run Length Triplet                  | US              | 3   | true",
        "1010ABCD | ZonalMap                       | Zonal Map                           | US              | 1-n | true",
        "002031FF | SourceImageIDs                 | Source Image IDs                    | CS              | 1-n | true",
    })
    void looksUpTags(String tag, String keyword, String name, String vr, String vm, boolean retired) {
        DictionaryEntry entry = dictionary.byTag(Integer.parseUnsignedInt(tag, 16)).orElseThrow();
        assertThat(entry.keyword()).isEqualTo(keyword);
        assertThat(entry.name()).isEqualTo(name);
        assertThat(entry.vr()).isEqualTo(vr);
        assertThat(entry.vm()).isEqualTo(vm);
        assertThat(entry.retired()).isEqualTo(retired);
        assertThat(entry.matches(Integer.parseUnsignedInt(tag, 16))).isTrue();
    }

    @Test
    void anExactEntryWinsOverARepeatingGroupThatAlsoCoversIt() {
        // (7Fxx,0010) Variable Pixel Data covers 7FE0, but (7FE0,0010) has a row of its own
        assertThat(dictionary.byTag(0x7FE00010)).map(DictionaryEntry::keyword).contains("PixelData");
        assertThat(dictionary.byTagExact(0x60003000)).isEmpty();
        assertThat(dictionary.byTagExact(0x00100010)).map(DictionaryEntry::keyword).contains("PatientName");
    }

    @ParameterizedTest(name = "({0}) is private: not in the public dictionary")
    @ValueSource(strings = {"00090010", "00291010", "7FE10010", "60013000", "00190000", "00110010"})
    void privateTagsAreNotFound(String tag) {
        assertThat(dictionary.byTag(Integer.parseUnsignedInt(tag, 16))).isEmpty();
    }

    @ParameterizedTest(name = "({0}) is not in PS3.6")
    @ValueSource(strings = {"00100011", "00080003", "0010FFFF", "FFFE0001"})
    void unknownPublicTagsAreNotFound(String tag) {
        assertThat(dictionary.byTag(Integer.parseUnsignedInt(tag, 16))).isEmpty();
    }

    @ParameterizedTest(name = "({0}) is a generic Group Length")
    @ValueSource(strings = {"00080000", "00100000", "60000000", "7FE00000", "10100000"})
    void elementZeroOfOtherGroupsIsTheRetiredGenericGroupLength(String tag) {
        DictionaryEntry entry = dictionary.byTag(Integer.parseUnsignedInt(tag, 16)).orElseThrow();
        assertThat(entry.name()).isEqualTo("Group Length");
        assertThat(entry.vr()).isEqualTo("UL");
        assertThat(entry.retired()).isTrue();
    }

    @Test
    void keywordsAreExactAndCaseSensitive() {
        assertThat(dictionary.byKeyword("PatientName")).map(DictionaryEntry::tag).contains(0x00100010);
        assertThat(dictionary.byKeyword("OverlayData")).map(DictionaryEntry::tagText).contains("(60xx,3000)");
        assertThat(dictionary.byKeyword("patientname")).isEmpty();
        assertThat(dictionary.byKeyword("PatientNam")).isEmpty();
        assertThat(dictionary.byKeyword("")).isEmpty();
    }

    @Test
    void keywordAndNameConveniences() {
        assertThat(dictionary.keyword(0x00100030)).contains("PatientBirthDate");
        assertThat(dictionary.name(0x00100030)).contains("Patient's Birth Date");
        assertThat(dictionary.name(0x60023000)).contains("Overlay Data");
        assertThat(dictionary.keyword(0x00291010)).isEmpty();
        // (0018,0061) is retired without keyword or name in PS3.6
        assertThat(dictionary.byTag(0x00180061)).isPresent();
        assertThat(dictionary.keyword(0x00180061)).isEmpty();
        assertThat(dictionary.name(0x00180061)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"00280106, 'US,SS'", "00283006, 'US,OW'", "00100010, PN", "FFFEE000, ''"})
    void vrAlternativesSplitThePs36Spelling(String tag, String alternatives) {
        List<String> expected = alternatives.isEmpty() ? List.of() : List.of(alternatives.split(","));
        assertThat(dictionary.byTag(Integer.parseUnsignedInt(tag, 16)).orElseThrow().vrAlternatives())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"00100030 | (0010,0030)", "60023000 | (60xx,3000)", "00280410 | (0028,04x0)",
        "1010ABCD | (1010,xxxx)", "7FE00010 | (7FE0,0010)"})
    void tagTextWritesRepeatingPositionsAsX(String tag, String text) {
        assertThat(dictionary.byTag(Integer.parseUnsignedInt(tag, 16)).orElseThrow().tagText()).isEqualTo(text);
    }

    @Test
    void holdsTheWholeTableAndEveryKeywordOnce() {
        List<DictionaryEntry> entries = dictionary.entries();
        assertThat(entries).hasSize(5091 + 88);
        assertThat(entries.stream().filter(DictionaryEntry::isRepeating)).hasSize(88);
        List<String> keywords = entries.stream().map(DictionaryEntry::keyword).filter(k -> !k.isEmpty()).toList();
        assertThat(keywords).doesNotHaveDuplicates();
        for (DictionaryEntry entry : entries.stream().filter(e -> !e.isRepeating()).toList()) {
            assertThat(dictionary.byTag(entry.tag())).as(entry.tagText()).contains(entry);
        }
    }

    @ParameterizedTest(name = "{0} stays small and plain")
    @ValueSource(strings = {"dictionary.tsv", "uids.tsv"})
    void generatedResourcesStayUnderOneMegabyte(String resource) throws IOException {
        try (InputStream in = Dictionary.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(1 << 20);
        }
    }
}
