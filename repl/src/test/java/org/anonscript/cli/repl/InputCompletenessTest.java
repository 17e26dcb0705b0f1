package org.anonscript.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputCompletenessTest {

    @ParameterizedTest(name = "[{0}] needs [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "(0010,0010) := \"A\"                        | ``",
        "if ((0008,0060) = \"MR\") {                 | }",
        "if ((0008,0060) = \"MR\") {\\n  - (0010,1040) | }",
        "if ((0008,0060) = \"MR\") {\\n  - (0010,1040)\\n} | ``",
        "l := {                                     | }",
        "l := {\"a\",\\n \"b\"}                       | ``",
        "(0010,0010) := format[\"{0}\",              | ]",
        "(0010,0010) := \"open                       | \"",
        "(0010,0010) := \"a { b\"                    | ``",
        "(0010,0010) := \"A\" // comment {           | ``",
        "(0010,0010) := \\                           | \\",
        "(0010,0010) := \"A\" }                      | ``",
        ":load some(folder                          | ``",
    })
    void anEntryContinuesUntilItsBracketsStringsAndBackslashesAreClosed(String input, String missing) {
        String text = input.strip().replace("\\n", "\n");
        assertThat(InputCompleteness.missing(text)).isEqualTo(missing == null ? "" : missing);
    }
}
