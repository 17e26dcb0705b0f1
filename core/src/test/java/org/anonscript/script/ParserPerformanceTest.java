package org.anonscript.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A long script of every common statement form parses completely: 10,000 statements plus the version
 * line, without a diagnostic. (Speed is measured by the JMH benchmarks in {@code bench/jmh}, not here:
 * tests must not depend on timing.)
 */
class ParserPerformanceTest {

    @Test
    void tenThousandStatementsParseWithoutDiagnostics() {
        ParseResult parsed = ScriptParser.parse(script(10_000));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.script().statements()).hasSize(10_001);
    }

    private static String script(int statements) {
        StringBuilder b = new StringBuilder("version \"6.6\"\n");
        for (int i = 0; i < statements; i++) {
            b.append(switch (i % 5) {
                case 0 -> "(0010,0010) := \"ANON\"\n";
                case 1 -> "-(0008,1140)[%]/(0008,1155)\n";
                case 2 -> "project != \"Unassigned\" ? (0008,1030) := project\n";
                case 3 -> "v" + i + " := hashUID[(0020,000D)]  // keep\n";
                default -> "removeTags[{(0010,1040), */(0019,{SIEMENS MR HEADER}XX)}]\n";
            });
        }
        return b.toString();
    }
}
