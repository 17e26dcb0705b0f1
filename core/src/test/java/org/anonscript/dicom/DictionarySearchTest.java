package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Completion search: one line per example, "what the user typed → what comes first". */
class DictionarySearchTest {

    private final Dictionary dictionary = Dictionary.standard();

    private List<String> keywords(String typed, int limit) {
        return dictionary.search(typed, limit).stream().map(DictionaryEntry::keyword).toList();
    }

    private void assertFirst(String typed, String keyword) {
        assertThat(keywords(typed, 20)).as("search(%s)", typed).first().isEqualTo(keyword);
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', value = {
        "PatientBi            | PatientBirthDate",
        "patientbi            | PatientBirthDate",
        "patient's bi         | PatientBirthDate",
        "PATIENT'S BIRTH DATE | PatientBirthDate",
        "patients birth d     | PatientBirthDate",
        "PatientName          | PatientName",
        "patient's name       | PatientName",
        "0010,003             | PatientBirthDate",
        "(0010,003            | PatientBirthDate",
        "00100030             | PatientBirthDate",
        "(0010,0030)          | PatientBirthDate",
        "0010, 0030           | PatientBirthDate",
        "7fe0,0010            | PixelData",
        "(6002,3000)          | OverlayData",
        "(60xx,3000)          | OverlayData",
        "Overlay Da           | OverlayData",
        "studyinstanceu       | StudyInstanceUID",
        "Planes               | Planes",
    })
    void findsByPrefixOfKeywordNameOrTag(String typed, String first) {
        assertFirst(typed, first);
    }

    @Test
    void everyResultStartsWithWhatWasTyped() {
        assertThat(dictionary.search("patient's bi", 50)).extracting(DictionaryEntry::name)
                .allMatch(name -> name.toLowerCase().startsWith("patient's bi"))
                .contains("Patient's Birth Date", "Patient's Birth Time", "Patient's Birth Name");
        assertThat(dictionary.search("0010,003", 50)).extracting(DictionaryEntry::tagText)
                .allMatch(tag -> tag.startsWith("(0010,003"))
                .contains("(0010,0030)", "(0010,0032)");
        assertThat(dictionary.search("6000,30", 50)).extracting(DictionaryEntry::keyword).containsExactly("OverlayData");
    }

    @Test
    void anExactMatchOutranksEverythingElseEvenWhenRetired() {
        // Planes (0028,0012) is retired; Planes in Acquisition (0018,9007) is current and longer
        List<DictionaryEntry> found = dictionary.search("planes", 10);
        assertThat(found).extracting(DictionaryEntry::keyword).containsExactly("Planes", "PlanesInAcquisition");
        assertThat(found).extracting(DictionaryEntry::retired).containsExactly(true, false);
    }

    @Test
    void currentEntriesComeBeforeRetiredOnes() {
        List<DictionaryEntry> found = dictionary.search("Overlay", 500);
        assertThat(found).extracting(DictionaryEntry::retired).contains(true, false);
        int firstRetired = found.stream().map(DictionaryEntry::retired).toList().indexOf(true);
        assertThat(found.subList(firstRetired, found.size())).allMatch(DictionaryEntry::retired);
    }

    @Test
    void shorterKeywordsComeFirstAmongEquals() {
        assertThat(keywords("PatientBirth", 4))
                .containsExactly("PatientBirthDate", "PatientBirthTime", "PatientBirthName",
                        "PatientBirthDateInAlternativeCalendar");
    }

    @Test
    void limitAndEmptyQueries() {
        assertThat(dictionary.search("Patient", 3)).hasSize(3);
        assertThat(dictionary.search("Patient", 0)).isEmpty();
        assertThat(dictionary.search("", 25)).hasSize(25).noneMatch(DictionaryEntry::retired);
        assertThat(dictionary.search("   ", 5)).hasSize(5);
        assertThat(dictionary.search("qqqq", 10)).isEmpty();
        assertThat(dictionary.search("(0010,00)", 10)).as("a closed tag needs four element digits").isEmpty();
    }

    @Test
    void aWordMadeOfHexLettersIsReadAsAWordOnly() {
        // "Add" is also hex; reading it as a tag prefix would add nothing useful
        assertThat(dictionary.search("Add", 100)).isNotEmpty()
                .allMatch(e -> e.keyword().toLowerCase().startsWith("add") || e.name().toLowerCase().startsWith("add"));
        assertThat(DictionarySearchIndex.tagPrefix("Add")).isNull();
        assertThat(DictionarySearchIndex.tagPrefix("(0010,00")).isEqualTo("001000");
        assertThat(DictionarySearchIndex.tagPrefix("60xx,30")).isEqualTo("60xx30");
    }
}
