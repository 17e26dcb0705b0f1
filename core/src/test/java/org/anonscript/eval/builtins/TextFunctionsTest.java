package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.anonscript.eval.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFunctionsTest {

    // ---- concatenate -------------------------------------------------------------------------------

    @Test
    void concatenateJoinsWithNothingBetween() {
        // spec §8.3 [test]: concatenate["10","20","30"] → 102030
        assertThat(TextFunctions.concatenate(List.of("10", "20", "30"))).isEqualTo("102030");
        assertThat(TextFunctions.concatenate(List.of())).isEmpty();
    }

    @Test
    void concatenateRejectsNull() {
        assertThatThrownBy(() -> TextFunctions.concatenate(Arrays.asList("a", null)))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("null argument to concatenate");
    }

    // ---- format ------------------------------------------------------------------------------------

    @Test
    void formatComposesWithTheOtherStringFunctions() {
        // spec §8.3: format["{0}-{1}", lowercase["MR"], replace[substring["ABCDEF", 1, 4], "C", "x"]] → mr-BxD
        String result = TextFunctions.format("{0}-{1}", List.of(
                TextFunctions.lowercase("MR"),
                TextFunctions.replace(TextFunctions.substring("ABCDEF", "1", "4"), "C", "x")));
        assertThat(result).isEqualTo("mr-BxD");
    }

    @Test
    void xnatsStringFunctionsScript() {
        // XNAT's DE_6/stringFunctions.das on its MR sample expects mr_PDW_TSE_01204567_102030:
        // format["{0}_{1}_{2}_{3}", lowercase[(0008,0060)], uppercase[(0008,103E)],
        //        replace[substring["0123456789", 0, 8], "3", "0"], concatenate["10", "20", "30"]]
        // with Modality MR and a series description whose upper case is PDW_TSE.
        String modality = "MR";
        String seriesDescription = "PDw_TSE";
        String result = TextFunctions.format("{0}_{1}_{2}_{3}", List.of(
                TextFunctions.lowercase(modality),
                TextFunctions.uppercase(seriesDescription),
                TextFunctions.replace(TextFunctions.substring("0123456789", "0", "8"), "3", "0"),
                TextFunctions.concatenate(List.of("10", "20", "30"))));
        assertThat(result).isEqualTo("mr_PDW_TSE_01204567_102030");
    }

    @ParameterizedTest(name = "format[\"{0}\", …] = \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{0}_{1}|a_b",
        "{1}{0}|ba",
        "{0}{0}|aa",
        "{2}|{2}",                       // a placeholder beyond the arguments stays as written
        "O'Brien {0}|OBrien {0}",        // ' starts a literal section: no substitution
        "it''s {0}|it's a",              // '' is one apostrophe
        "'{0}' is {0}|{0} is a",
        "no placeholders|no placeholders",
        "\"\"|\"\"",
    })
    void formatIsJavaMessageFormat(String pattern, String expected) {
        assertThat(TextFunctions.format(pattern, List.of("a", "b"))).isEqualTo(expected.equals("\"\"") ? "" : expected);
    }

    @Test
    void formatPrintsNullAsNull() {
        assertThat(TextFunctions.format("a{0}b", Arrays.asList((Object) null))).isEqualTo("anullb");
    }

    @Test
    void formatFlattensListArguments() {
        assertThat(TextFunctions.format("{0}{1}{2}{3}", List.of("a", List.of("b", List.of("c")), "d")))
                .isEqualTo("abcd");
    }

    @Test
    void formatPrintsBooleansAsText() {
        assertThat(TextFunctions.format("{0}", List.of(true))).isEqualTo("true");
    }

    @ParameterizedTest(name = "format[\"{0}\", \"a\"] is an error")
    @ValueSource(strings = {"{0", "{", "{x}", "{0,number}", "{0,date}", "{0,nosuchtype}", "{-1}"})
    void malformedPatternsAreRuntimeErrors(String pattern) {
        assertThatThrownBy(() -> TextFunctions.format(pattern, List.of("a")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("format");
    }

    @Test
    void formatWithoutAPatternIsARuntimeError() {
        assertThatThrownBy(() -> TextFunctions.format(null, List.of())).isInstanceOf(EvaluationException.class);
    }

    // ---- lowercase / uppercase ---------------------------------------------------------------------

    @ParameterizedTest(name = "lowercase[\"{0}\"] = {1}, uppercase = {2}")
    @CsvSource({
        "MR, mr, MR",
        "pdw_tse, pdw_tse, PDW_TSE",
        "Ärzte ÉLAN, ärzte élan, ÄRZTE ÉLAN",
        "straße, straße, STRASSE",
        "'', '', ''",
    })
    void caseMappingIsJavas(String text, String lower, String upper) {
        assertThat(TextFunctions.lowercase(text)).isEqualTo(lower);
        assertThat(TextFunctions.uppercase(text)).isEqualTo(upper);
    }

    @Test
    void caseMappingDoesNotDependOnTheMachinesLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(TextFunctions.lowercase("TITLE")).isEqualTo("title");
            assertThat(TextFunctions.uppercase("title")).isEqualTo("TITLE");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void caseMappingOfNullIsARuntimeError() {
        assertThatThrownBy(() -> TextFunctions.lowercase(null)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("lowercase");
        assertThatThrownBy(() -> TextFunctions.uppercase(null)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("uppercase");
    }

    // ---- substring ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "substring[\"{0}\", {1}, {2}] = \"{3}\"")
    @CsvSource({
        "ABCDEF, 1, 4, BCD",
        "ABCDEF, 0, 6, ABCDEF",
        "ABCDEF, 3, 3, ''",
        "ABCDEF, 6, 6, ''",
        "20100430, 0, 4, 2010",
    })
    void substringIsJavasBeginInclusiveEndExclusive(String text, String begin, String end, String expected) {
        assertThat(TextFunctions.substring(text, begin, end)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "substring[\"ABCDEF\", {0}, {1}] is an error")
    @CsvSource({"0, 7", "-1, 2", "4, 3", "7, 8", "1.0, 2", "1, x", "'', 2"})
    void substringOutOfRangeOrNonIntegerIsARuntimeError(String begin, String end) {
        assertThatThrownBy(() -> TextFunctions.substring("ABCDEF", begin, end))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("substring");
    }

    @Test
    void substringOfNullIsARuntimeError() {
        assertThatThrownBy(() -> TextFunctions.substring(null, 0, 1)).isInstanceOf(EvaluationException.class);
    }

    // ---- replace -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "replace[\"{0}\", \"{1}\", \"{2}\"] = \"{3}\"")
    @CsvSource({
        "a.b.c, ., -, a-b-c",           // literal: a regex "." would replace every character
        "aaa, aa, b, ba",                // left to right
        "ABCD, C, x, ABxD",
        "x\\d, \\d, 1, x1",
        "abc, z, y, abc",
        "abc, b, '', ac",
        "$1, $1, \\, \\",
    })
    void replaceIsLiteral(String text, String find, String with, String expected) {
        assertThat(TextFunctions.replace(text, find, with)).isEqualTo(expected);
    }

    @Test
    void replaceWithNullIsARuntimeError() {
        assertThatThrownBy(() -> TextFunctions.replace(null, "a", "b")).isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> TextFunctions.replace("a", null, "b")).isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> TextFunctions.replace("a", "a", null)).isInstanceOf(EvaluationException.class);
    }

    // ---- match / ismatch ---------------------------------------------------------------------------

    @ParameterizedTest(name = "match[\"{0}\", \"{1}\", {2}] = {3}")
    @CsvSource({
        "aba, (a(b)?)+, 2, b",            // spec §8.3 [test]
        "abax, (a(b)?)+, 2, b",           // a find: trailing text does not matter (DE4 differs)
        "x123y45, \\d+, 0, 123",          // first find, not anchored
        "MR_T1_SAG, ^([A-Z]+)_(.*)$, 2, T1_SAG",
        "abc, \\d+, 0,",                  // no match: null
        "abc, \\d+, 7,",                  // no match: the group is not looked at
        "ab, a(x)?b, 1,",                 // the group did not take part: null
    })
    void matchReturnsAGroupOfTheFirstFind(String text, String regex, String group, String expected) {
        assertThat(TextFunctions.match(text, regex, group)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "match[\"aba\", \"{0}\", \"{1}\"] is an error")
    @CsvSource({"(a(b)?)+, 3", "a, 1", "a, -1", "a, x", "(, 0"})
    void matchWithAMissingGroupOrBadArgumentsIsARuntimeError(String regex, String group) {
        assertThatThrownBy(() -> TextFunctions.match("aba", regex, group)).isInstanceOf(EvaluationException.class);
    }

    @Test
    void matchOnNullIsARuntimeError() {
        assertThatThrownBy(() -> TextFunctions.match(null, "a", "0")).isInstanceOf(EvaluationException.class);
    }

    @ParameterizedTest(name = "ismatch[\"{0}\", \"{1}\"] = {2}")
    @CsvSource({
        "20100430, \\d{8}, true",          // spec §8.3 [test]
        "20100430, \\d{7}, false",         // spec §8.3 [test]: whole value, not a find
        "1024, 10\\d{2}, true",
        "10240, 10\\d{2}, false",
        "mr, (?i)MR, true",
        "'', '', true",
    })
    void ismatchIsAWholeValueMatch(String text, String regex, boolean expected) {
        assertThat(TextFunctions.ismatch(text, regex)).isEqualTo(expected);
    }

    @Test
    void ismatchOnNullOrWithABadPatternIsARuntimeError() {
        assertThatThrownBy(() -> TextFunctions.ismatch(null, "a")).isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> TextFunctions.ismatch("a", "(")).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("invalid regular expression");
        assertThatThrownBy(() -> TextFunctions.ismatch("a", null)).isInstanceOf(EvaluationException.class);
    }

    // ---- normalizeString ---------------------------------------------------------------------------

    @ParameterizedTest(name = "normalizeString[\"{0}\"] = \"{1}\"")
    @CsvSource({
        "山田^太郎, __^__",                 // spec §12.4: Japanese text, one _ per character
        "Müller, M_ller",
        "a😀b, a_b",                         // a surrogate pair is one code point
        "plain ASCII ~\u007f, plain ASCII ~\u007f",
        "'', ''",
    })
    void normalizeStringReplacesEachNonAsciiCharacter(String text, String expected) {
        assertThat(TextFunctions.normalizeString(text)).isEqualTo(expected);
    }

    @Test
    void normalizeStringAsXnatsTestsExpect() {
        // XNAT's TestAnonymizationNormalizeString (DE-108)
        String source = "Déscrîptîøn plüs $pec|ål ¢haraçtêrs";
        String expected = "D_scr_pt__n pl_s $pec|_l _hara_t_rs";
        assertThat(TextFunctions.normalizeString(source)).isEqualTo(expected);
        assertThat(TextFunctions.normalizeString(source, ":)")).isEqualTo(expected.replace("_", ":)"));
        assertThat(TextFunctions.normalizeString("Yamada^Tarou=山田^太郎=やまだ^たろう"))
                .isEqualTo("Yamada^Tarou=__^__=___^___");
    }

    @Test
    void normalizeStringTakesAReplacementOfAnyLength() {
        assertThat(TextFunctions.normalizeString("山田^太郎", ":)")).isEqualTo(":):)^:):)");
        assertThat(TextFunctions.normalizeString("山田", "")).isEmpty();
    }

    @Test
    void normalizeStringKeepsNull() {
        assertThat(TextFunctions.normalizeString(null)).isNull();
        assertThat(TextFunctions.normalizeString(null, "x")).isNull();
    }

    @Test
    void normalizeStringReplacementIsRegexReplacementSyntaxAsInTheReference() {
        assertThat(TextFunctions.normalizeString("é", "\\$")).isEqualTo("$");
        assertThat(TextFunctions.normalizeString("abc", "$")).isEqualTo("abc"); // nothing to replace, no error
        assertThatThrownBy(() -> TextFunctions.normalizeString("é", "$")).isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> TextFunctions.normalizeString("é", "$1")).isInstanceOf(EvaluationException.class);
    }

    // ---- urlEncode (DE4) ---------------------------------------------------------------------------

    @ParameterizedTest(name = "urlEncode[\"{0}\"] = {1}")
    @CsvSource({
        "0=1, 0%3D1",                        // spec §8.4 [test]
        "a b&c, a+b%26c",
        "é/?, %C3%A9%2F%3F",
        "AZaz09-_.*, AZaz09-_.*",
    })
    void urlEncodeIsFormEncodingInUtf8(String text, String expected) {
        assertThat(TextFunctions.urlEncode(text)).isEqualTo(expected);
    }

    @Test
    void urlEncodeOfNullIsARuntimeError() {
        assertThatThrownBy(() -> TextFunctions.urlEncode(null)).isInstanceOf(EvaluationException.class);
    }
}
