package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.anonscript.eval.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionLabelsTest {

    @ParameterizedTest(name = "makeSessionLabel[\"{0}\"] with existing [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
        // spec §8.4: S001_v00_mr if unused, else S001_v01_mr, …
        "S001_v##_mr||S001_v00_mr",
        "S001_v##_mr|S001_v00_mr|S001_v01_mr",
        "S001_v##_mr|S001_v00_mr,S001_v01_mr|S001_v02_mr",
        "S001_v##_mr|S001_v01_mr|S001_v00_mr",           // the first unused, not one past the highest
        // issue 4: the XNAT workflow's subject
        "subj190_v##_mr||subj190_v00_mr",
        "subj190_v##_mr|subj190_v00_mr|subj190_v01_mr",
        // the run's length is the padding; the suffix is optional and may hold more #
        "S#||S0",
        "S###||S000",
        "S_##_a##||S_00_a##",
        "S001_v##_MR|S001_v00_mr|S001_v00_MR",            // labels are compared exactly
    })
    void firstUnusedLabel(String pattern, String existing, String expected) {
        Set<String> labels = existing == null ? Set.of() : Set.of(existing.split(","));
        assertThat(SessionLabels.make(pattern, labels)).isEqualTo(expected);
    }

    @Test
    void theIndexGrowsPastItsPadding() {
        Set<String> taken = IntStream.range(0, 100).mapToObj(i -> String.format("S%02d", i)).collect(Collectors.toSet());
        assertThat(SessionLabels.make("S##", taken)).isEqualTo("S100");
    }

    @Test
    void noPatternGivesAnEmptyLabel() {
        // spec §8.4: a blank or #-less pattern gives the empty string
        assertThat(SessionLabels.make(null, Set.of())).isEmpty();
        assertThat(SessionLabels.make("", Set.of())).isEmpty();
        assertThat(SessionLabels.make("   ", Set.of())).isEmpty();
        assertThat(SessionLabels.make("S001_mr", Set.of())).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is an error")
    @ValueSource(strings = {"##_mr", "#", "S%d_##", "S%_##"})
    void patternsWithoutAPrefixOrWithFormatSyntaxAreRuntimeErrors(String pattern) {
        assertThatThrownBy(() -> SessionLabels.make(pattern, Set.of()))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("makeSessionLabel");
    }
}
