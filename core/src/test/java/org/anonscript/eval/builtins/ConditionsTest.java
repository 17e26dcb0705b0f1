package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.anonscript.eval.EvaluationException;
import org.anonscript.script.Condition.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {

    private static Operator op(String symbol) {
        for (Operator op : Operator.values()) {
            if (op.symbol().equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    // A missing value (null) is written as an empty CSV cell, the empty string as ''.
    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource(delimiter = '|', value = {
        // spec §7.4: = is exact, case-sensitive, untrimmed; null equals nothing
        "MR|=|MR|true",
        "MR|=|mr|false",
        "'MR '|=|MR|false",
        "|=|MR|false",
        "|=||false",
        "''|=|''|true",
        "ORIGINAL\\PRIMARY|=|ORIGINAL\\PRIMARY|true",   // multi-valued: the \-joined text
        // != is the negation, and true for null
        "MR|!=|MR|false",
        "MR|!=|CT|true",
        "|!=|MR|true",
        "|!=||true",
        "Unassigned|!=|Unassigned|false",
        // ~ is a whole-value Java regex match (spec §7.4 [test]: 10\d{2} matches 1024, not 10240)
        "1024|~|10\\d{2}|true",
        "10240|~|10\\d{2}|false",
        "CT|~|'CT|PT'|true",
        "PT|~|'CT|PT'|true",
        "CTX|~|'CT|PT'|false",
        "mr|~|(?i)MR|true",
        "|~|.*|false",
        // !~ is the negation, and true for null
        "1024|!~|10\\d{2}|false",
        "10240|!~|10\\d{2}|true",
        "|!~|.*|true",
    })
    void comparisons(String left, String op, String right, boolean expected) {
        assertThat(Conditions.test(left, op(op), right)).isEqualTo(expected);
    }

    @Test
    void aBadPatternIsARuntimeErrorWhenTheLeftSideHasAValue() {
        assertThatThrownBy(() -> Conditions.test("a", Operator.MATCHES, "("))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("invalid regular expression '('");
        assertThatThrownBy(() -> Conditions.test("a", Operator.NOT_MATCHES, null))
                .isInstanceOf(EvaluationException.class);
    }

    @Test
    void aNullLeftSideNeverLooksAtThePattern() {
        assertThat(Conditions.test(null, Operator.MATCHES, "(")).isFalse();
        assertThat(Conditions.test(null, Operator.NOT_MATCHES, "(")).isTrue();
    }

    @Test
    void truthiness() {
        // spec §5: a boolean is itself; text is true only when it reads "true" in any case
        assertThat(Conditions.isTrue(Boolean.TRUE)).isTrue();
        assertThat(Conditions.isTrue(Boolean.FALSE)).isFalse();
        assertThat(Conditions.isTrue("true")).isTrue();
        assertThat(Conditions.isTrue("TRUE")).isTrue();
        assertThat(Conditions.isTrue("True")).isTrue();
        assertThat(Conditions.isTrue(" true")).isFalse();
        assertThat(Conditions.isTrue("yes")).isFalse();
        assertThat(Conditions.isTrue("1")).isFalse();
        assertThat(Conditions.isTrue("")).isFalse();
        assertThat(Conditions.isTrue(null)).isFalse();
        assertThat(Conditions.isTrue(List.of("true"))).isFalse();
    }
}
