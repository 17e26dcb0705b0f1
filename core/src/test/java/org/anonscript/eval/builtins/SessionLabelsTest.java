package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.anonscript.eval.EvaluationException;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionLabelsTest {

    private static Set<String> labels(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Set.of(commaSeparated.split(","));
    }

    @ParameterizedTest(name = "{0}: makeSessionLabel[\"{1}\"] with existing [{2}] = {3}")
    @CsvSource(delimiter = '|', value = {
        // spec §8.4: S001_v00_mr if unused, else S001_v01_mr, …
        "DE6|S001_v##_mr||S001_v00_mr",
        "DE6|S001_v##_mr|S001_v00_mr|S001_v01_mr",
        "DE6|S001_v##_mr|S001_v00_mr,S001_v01_mr|S001_v02_mr",
        "DE6|S001_v##_mr|S001_v01_mr|S001_v00_mr",      // the first unused, not one past the highest
        // issue 4: the XNAT workflow's subject
        "DE6|subj190_v##_mr||subj190_v00_mr",
        "DE6|subj190_v##_mr|subj190_v00_mr|subj190_v01_mr",
        // XNAT's indexed-label test vectors that have a prefix hold in both dialects
        "DE6|foo###bar|foo000bar,foo001bar|foo002bar",
        "DE4|foo###bar|foo000bar,foo001bar|foo002bar",
        "DE4|S001_v##_mr|S001_v00_mr|S001_v01_mr",
        // the run's length is the padding; the suffix is optional and may hold more #
        "DE6|S#||S0",
        "DE6|S###||S000",
        "DE6|S_##_a##||S_00_a##",
        "DE4|S_##_a##||S_00_a##",
        "DE6|S001_v##_MR|S001_v00_mr|S001_v00_MR",      // labels are compared exactly
        // XNAT's DE4 tests: a pattern may be just the run
        "DE4|#||0",
        "DE4|#|0|1",
        "DE4|##||00",
        "DE4|##|00|01",
        "DE4|##_mr||00_mr",
        // DE4 replaces literally: % is an ordinary character
        "DE4|S%d_##||S%d_00",
    })
    void firstUnusedLabel(Dialect dialect, String pattern, String existing, String expected) {
        assertThat(SessionLabels.make(pattern, labels(existing), dialect)).isEqualTo(expected);
    }

    @Test
    void theDefaultIsTheDe6RuleOfTheSpec() {
        assertThat(SessionLabels.make("S001_v##_mr", Set.of("S001_v00_mr"))).isEqualTo("S001_v01_mr");
        assertThatThrownBy(() -> SessionLabels.make("##", Set.of())).isInstanceOf(EvaluationException.class);
    }

    @Test
    void de6TheIndexGrowsPastItsPadding() {
        Set<String> taken = IntStream.range(0, 100).mapToObj(i -> String.format("S%02d", i)).collect(Collectors.toSet());
        assertThat(SessionLabels.make("S##", taken, Dialect.DE6)).isEqualTo("S100");
    }

    @Test
    void de4ReusesOneBufferSoOutgrownIndexesKeepGrowing() {
        Set<String> taken = IntStream.rangeClosed(0, 10).mapToObj(i -> "S" + i).collect(Collectors.toSet());
        // S0…S9 are tried, then S10 (taken); the next write replaces one character of "S10" with "11"
        assertThat(SessionLabels.make("S#", taken, Dialect.DE4)).isEqualTo("S110");
    }

    @ParameterizedTest(name = "{0}: no pattern, no label")
    @EnumSource(Dialect.class)
    void noPatternGivesAnEmptyLabel(Dialect dialect) {
        // spec §8.4: a blank or #-less pattern gives the empty string
        assertThat(SessionLabels.make(null, Set.of(), dialect)).isEmpty();
        assertThat(SessionLabels.make("", Set.of(), dialect)).isEmpty();
        assertThat(SessionLabels.make("   ", Set.of(), dialect)).isEmpty();
        assertThat(SessionLabels.make("S001_mr", Set.of(), dialect)).isEmpty();
    }

    @ParameterizedTest(name = "DE6: \"{0}\" is an error")
    @ValueSource(strings = {"##_mr", "#", "S%d_##", "S%_##"})
    void de6PatternsWithoutAPrefixOrWithFormatSyntaxAreRuntimeErrors(String pattern) {
        assertThatThrownBy(() -> SessionLabels.make(pattern, Set.of(), Dialect.DE6))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("makeSessionLabel");
    }
}
