package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.anonscript.eval.EvaluationException;
import org.anonscript.script.Condition.Operator;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class De4TextFunctionsTest {

    @Test
    void xnatsDe4StringFunctionsScript() {
        // XNAT's DE_4/stringFunctions.das: format["{0}_{1}_{2}_102030", lowercase[(0008,0060)],
        // uppercase[(0008,103E)], replace[substring["0123456789", 0, 8], "3", "0"]] → mr_PDW_TSE_01204567_102030
        String result = TextFunctions.format("{0}_{1}_{2}_102030", List.of(
                De4TextFunctions.lowercase("MR"),
                De4TextFunctions.uppercase("PDw_TSE"),
                TextFunctions.replace(De4TextFunctions.substring("0123456789", "0", "8"), "3", "0")));
        assertThat(result).isEqualTo("mr_PDW_TSE_01204567_102030");
    }

    @Test
    void xnatsDe4MatchScript() {
        // XNAT's match test expects b in both dialects: "aba" matches (a(b)?)+ wholly
        assertThat(De4TextFunctions.match("aba", "(a(b)?)+", "2")).isEqualTo("b");
    }

    @Test
    void caseMappingPassesNullThrough() {
        assertThat(De4TextFunctions.lowercase(null)).isNull();
        assertThat(De4TextFunctions.uppercase(null)).isNull();
        assertThat(De4TextFunctions.lowercase("MR")).isEqualTo("mr");
        assertThat(De4TextFunctions.uppercase("mr")).isEqualTo("MR");
    }

    @ParameterizedTest(name = "DE4 substring[\"{0}\", {1}, {2}] = \"{3}\"")
    @CsvSource({
        "ABCDEF, 1, 4, BCD",
        "'', 1, 4, ''",           // blank values are returned as they are, whatever the indexes
        "'   ', 1, 4, '   '",
        ", 1, 4,",                // null too
    })
    void substringLeavesBlankValuesAlone(String text, String begin, String end, String expected) {
        assertThat(De4TextFunctions.substring(text, begin, end)).isEqualTo(expected);
    }

    @Test
    void substringOutOfRangeIsStillAnError() {
        assertThatThrownBy(() -> De4TextFunctions.substring("ABC", "1", "9")).isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> De4TextFunctions.substring("ABC", "x", "1")).isInstanceOf(EvaluationException.class);
    }

    @ParameterizedTest(name = "DE4 match[\"{0}\", \"{1}\", {2}] = {3}")
    @CsvSource({
        "MR_T1_SAG, ([A-Z]+)_(.*), 2, T1_SAG",
        "x123y45, \\d+, 0,",          // DE4 matches the whole value: no find inside it
        "12345, \\d+, 0, 12345",
        "aba, (a(b)?)+, 2, b",        // the spec's example matches wholly too; Java keeps group 2 from the first repetition
        "abax, (a(b)?)+, 2,",         // but a trailing x is no whole match (DE6 would find 'b')
        ", .*, 0,",                   // null gives null
        "abc, \\d+, 9,",              // no match: the group is not looked at
    })
    void matchIsAWholeValueMatch(String text, String regex, String group, String expected) {
        assertThat(De4TextFunctions.match(text, regex, group)).isEqualTo(expected);
    }

    @Test
    void matchWithAMissingGroupOnAMatchIsAnError() {
        assertThatThrownBy(() -> De4TextFunctions.match("abc", "abc", "1")).isInstanceOf(EvaluationException.class);
    }

    @Test
    void de4RejectsANullPatternBeforeLookingAtTheValue() {
        assertThatThrownBy(() -> Conditions.test(null, Operator.MATCHES, null, Dialect.DE4))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("null pattern");
        assertThat(Conditions.test(null, Operator.MATCHES, null, Dialect.DE6)).isFalse();
        assertThat(Conditions.test("MR", Operator.EQUALS, "MR", Dialect.DE4)).isTrue();
        assertThat(Conditions.test("MR", Operator.MATCHES, "M.", Dialect.DE4)).isTrue();
        assertThat(Conditions.test(null, Operator.MATCHES, "(", Dialect.DE4)).isFalse();
    }
}
