package org.anonscript.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.anonscript.cli.repl.Completions.Suggestion;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion fixtures: {@code |} marks the cursor. */
class CompletionsTest {

    private static List<Suggestion> at(String fixture) {
        return at(fixture, Set.of());
    }

    private static List<Suggestion> at(String fixture, Set<String> variables) {
        int cursor = fixture.indexOf('|');
        return Completions.complete(fixture.replace("|", ""), cursor, Dialect.DE6, variables);
    }

    private static List<String> values(List<Suggestion> s) {
        return s.stream().map(Suggestion::value).toList();
    }

    @Test
    void aKeywordPrefixOffersTagsAsDicomEditWritesThem() {
        List<Suggestion> s = at("PatientBi|");
        assertThat(s).extracting(Suggestion::key).contains("PatientBirthDate", "PatientBirthTime");
        assertThat(s).filteredOn(x -> x.key().equals("PatientBirthDate")).singleElement()
                .satisfies(x -> assertThat(x.value()).isEqualTo("(0010,0030)"))
                .satisfies(x -> assertThat(x.display()).isEqualTo("PatientBirthDate (0010,0030)"));
    }

    @Test
    void aWholeKeywordCompletesToItsTagAlone() {
        assertThat(values(at("(0010,0010) := format[\"{0}\", PatientBirthDate|"))).containsExactly("(0010,0030)");
    }

    @Test
    void aTagNumberPrefixFindsTheTag() {
        assertThat(at("- (0010,003|")).extracting(Suggestion::key).contains("PatientBirthDate");
    }

    @Test
    void functionsOfTheDialectAndVariablesAreOffered() {
        assertThat(values(at("(0010,0010) := hash|"))).contains("hashUID[");
        assertThat(values(at("(0010,0010) := pat|", Set.of("patientLabel")))).contains("patientLabel");
    }

    @Test
    void commandsAfterAColon() {
        assertThat(values(at(":s|"))).containsExactly(":show", ":set", ":script", ":save");
    }

    @Test
    void filePathsAfterLoad(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("scans"));
        Files.writeString(dir.resolve("scan1.dcm"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        assertThat(values(at(":load " + dir + "/sc|"))).containsExactly(dir + "/scan1.dcm", dir + "/scans/");
    }
}
