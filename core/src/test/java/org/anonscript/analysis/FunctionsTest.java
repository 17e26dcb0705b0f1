package org.anonscript.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionsTest {

    @Test
    void de6HasExactlyTheThirtyTwoFunctionsOfSpecSection8_2() {
        Set<String> names = Functions.forDialect(Dialect.DE6).stream().map(FunctionSpec::name)
                .collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrder(
                "concatenate", "format", "lowercase", "uppercase", "substring", "replace", "match", "ismatch",
                "hashUID", "hashUIDList", "newUID", "mapUID", "mapReferencedUIDs", "getURL", "lookup",
                "shiftDateByIncrement", "shiftDateTimeByIncrement", "shiftDateTimeListByIncrement",
                "shiftDateTimeSequenceByIncrement", "scalePatientAgeAndDobFromStudyDate", "set", "delete",
                "removeTags", "retainPrivateTags", "isPresent", "alterPixels", "normalizeString", "collectValues",
                "blankValues", "reject", "true", "false");
    }

    @Test
    void de4HasTheClassicFunctionsPlusTheHostsSessionLabel() {
        Set<String> names = Functions.forDialect(Dialect.DE4).stream().map(FunctionSpec::name)
                .collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrder("substring", "format", "lowercase", "uppercase", "getURL",
                "replace", "match", "urlEncode", "hashUID", "makeSessionLabel");
        assertThat(Functions.generator("UID")).map(FunctionSpec::signature).contains("new UID");
        assertThat(Functions.lookup("UID", Dialect.DE4)).isEmpty();
    }

    @ParameterizedTest(name = "{0}[{1} args] in DE{2} -> {3}")
    @CsvSource({
        "substring, 3, 6, true",
        "substring, 2, 6, false",
        "format, 1, 6, true",
        "format, 0, 6, false",
        "format, 7, 6, true",
        "hashUID, 1, 6, true",
        "hashUID, 2, 6, true",
        "hashUID, 3, 6, false",
        "newUID, 0, 6, true",
        "newUID, 1, 6, false",
        "mapReferencedUIDs, 1, 6, false",
        "mapReferencedUIDs, 2, 6, true",
        "shiftDateTimeSequenceByIncrement, 1, 6, false",
        "shiftDateByIncrement, 2, 6, true",
        "shiftDateByIncrement, 3, 6, true",
        "shiftDateByIncrement, 4, 6, false",
        "shiftDateTimeListByIncrement, 2, 6, false",
        "alterPixels, 4, 6, true",
        "alterPixels, 3, 6, false",
        "reject, 0, 6, true",
        "reject, 1, 6, true",
        "reject, 2, 6, false",
        "isPresent, 0, 6, false",
        "removeTags, 5, 6, true",
        "set, 2, 6, true",
        "delete, 2, 6, false",
        "ismatch, 2, 6, true",
        "urlEncode, 1, 4, true",
        "makeSessionLabel, 1, 4, true",
        "makeSessionLabel, 2, 4, false",
    })
    void arityFollowsTheTable(String name, int count, String dialect, boolean accepted) {
        FunctionSpec spec = Functions.lookup(name, Dialect.valueOf("DE" + dialect)).orElseThrow();
        assertThat(spec.acceptsArity(count)).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0} in DE{1} -> {2}")
    @CsvSource({
        "isMatch, 6, ismatch",
        "IsMatch, 6, ismatch",
        "hashUid, 6, hashUID",
        "newUid, 6, newUID",
        "uid, 6, newUID",
        "blankRectangle, 6, alterPixels",
        "lowercse, 6, lowercase",
        "removeTag, 6, removeTags",
        "shiftDateByIncrements, 6, shiftDateByIncrement",
        "Substring, 4, substring",
        "urlencode, 4, urlEncode",
    })
    void didYouMeanSuggestsAReplacement(String typed, String dialect, String expected) {
        assertThat(Functions.didYouMean(typed, Dialect.valueOf("DE" + dialect)))
                .flatMap(Functions.Suggestion::replacement).contains(expected);
    }

    @ParameterizedTest(name = "{0} in DE{1} explains: {2}")
    @CsvSource({
        "urlEncode, 6, only in DicomEdit 4",
        "makeSessionLabel, 6, upload clients",
        "concatenate, 4, only in DicomEdit 6",
        "newUID, 4, new UID",
    })
    void didYouMeanExplainsNamesOfTheOtherDialect(String typed, String dialect, String explanation) {
        Optional<Functions.Suggestion> s = Functions.didYouMean(typed, Dialect.valueOf("DE" + dialect));
        assertThat(s).isPresent();
        assertThat(s.get().replacement()).isEmpty();
        assertThat(s.get().explanation()).contains(explanation);
    }

    @ParameterizedTest
    @CsvSource({"ismatch, 6", "frobnicate, 6", "anonymizeEverything, 4"})
    void didYouMeanStaysQuietForKnownOrHopelessNames(String typed, String dialect) {
        assertThat(Functions.didYouMean(typed, Dialect.valueOf("DE" + dialect))).isEmpty();
    }

    @ParameterizedTest(name = "{0} first seen in {1}")
    @CsvSource({
        "format, 6.1", "set, 6.2", "ismatch, 6.3", "alterPixels, 6.3", "removeTags, 6.6", "isPresent, 6.7",
        "true, 6.7", "lookup, 6.6", "mapUID, 6.6",
    })
    void versionsFollowSection14(String name, String since) {
        assertThat(Functions.lookup(name, Dialect.DE6).orElseThrow().since()).contains(since);
    }

    @Test
    void unplacedFunctionsSaySo() {
        assertThat(Functions.lookup("lookup", Dialect.DE6).orElseThrow().sincePlaced()).isFalse();
        assertThat(Functions.lookup("format", Dialect.DE6).orElseThrow().sincePlaced()).isTrue();
    }

    @Test
    void signaturesAndParameterPositionsServeSignatureHelp() {
        FunctionSpec format = Functions.lookup("format", Dialect.DE6).orElseThrow();
        assertThat(format.signature()).isEqualTo("format[pattern, values...]");
        assertThat(format.parameterAt(5)).map(Parameter::name).contains("values");
        FunctionSpec shift = Functions.lookup("shiftDateByIncrement", Dialect.DE6).orElseThrow();
        assertThat(shift.signature()).isEqualTo("shiftDateByIncrement[date, amount, unit?]");
        assertThat(shift.parameterAt(3)).isEmpty();
        assertThat(shift.arityText()).isEqualTo("2 to 3");
    }

    @Test
    void everyEntryIsDocumentedWithAnExampleThatCallsIt() {
        for (FunctionSpec f : Functions.all()) {
            assertThat(f.doc()).as(f.name()).isNotBlank();
            assertThat(f.example()).as(f.name()).contains(f.generator() ? "new " + f.name() : f.name() + "[");
        }
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "ismatch, ismatch, 0", "'', abc, 3", "flaw, lawn, 2"})
    void editDistanceIsLevenshtein(String a, String b, int expected) {
        assertThat(Functions.editDistance(a, b)).isEqualTo(expected);
    }
}
