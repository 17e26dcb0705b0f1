package org.anonscript.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.anonscript.analysis.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Scripts are untrusted input: whatever the text, parse returns a result, every range lies inside the
 * text, and a script that does not parse as written says so with at least one diagnostic.
 */
class ParserRobustnessTest {

    private static final long SEED = 20261129L;

    private static final String[] SEEDS = {
            "version \"6.6\"\n(0010,0010) := subject\nproject != \"Unassigned\" ? (0008,1030) := project\n",
            "version \"6.6\"\nif ( (0008,0060) ~ \"CT|PT\" ) {\n    -(0008,0080)\n} elseif (isPresent[(0008,0081)]) {\n"
                    + "    (0008,0081) := \"\"\n} else {\n    reject[]\n}\n",
            "version \"6.6\"\nphi := {\n    (0010,1040),   // address\n    (0010,2154)\n}\nremoveTags[phi, */(0008,0090)]\n",
            "version \"6.6\"\n-*/(2001,{Philips Imaging DD 001}@X)\n(0040,A730)[2]/(0040,A040) := \"T\\\nEXT\"\n",
            "- (0010,0030) //Remove Patient Birth Date\n(0012,0063) := \"My XNAT\"\n(0020,000D) := hashUID[(0020,000D)]\n",
            "(0008,0060) = \"MR\" : (0008,103E) := \"MR series\"\n(0020,000D) := new UID\n"
                    + "(0010,4000) := \"P {0}_{1}\" (0008,0020), substring[(0008,0030), 0, 6]\n",
    };

    private static final String ALPHABET = "()[]{},:=?-~!/\\\"'%*+.@#xX0123456789abcdefABCDEF \t\n\r;$&_ifelseversionécho\uD83D\uDE00";

    @Test
    void randomAndMutatedScriptsAlwaysGiveAResultWithRangesInsideTheText() {
        Random random = new Random(SEED);
        int checked = 0;
        for (int i = 0; i < 1500; i++) {
            String text = i % 3 == 0 ? randomText(random) : mutate(SEEDS[random.nextInt(SEEDS.length)], random);
            for (Dialect dialect : Dialect.values()) {
                check(text, dialect, i);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3000);
    }

    @Test
    void validSeedsParseCleanlyAndBrokenCopiesReportSomething() {
        for (String seed : SEEDS) {
            assertThat(ScriptParser.parse(seed).diagnostics()).as(seed).isEmpty();
        }
        // Removing the closing quote of a string always breaks the script, in either dialect.
        for (String seed : SEEDS) {
            int quote = seed.lastIndexOf('"');
            String broken = seed.substring(0, quote) + seed.substring(quote + 1);
            assertThat(ScriptParser.parse(broken).diagnostics()).as(broken).isNotEmpty();
        }
    }

    @Test
    void hugeLineAndDeepNestingDoNotCrash() {
        StringBuilder line = new StringBuilder("version \"6.6\"\nx1 := \"");
        line.append("a".repeat(1_000_000)).append("\"\n-(0010,0010) ").append("(".repeat(50_000));
        check(line.toString(), Dialect.DE6, -1);
        String deepList = "version \"6.6\"\nx1 := " + "{".repeat(20_000) + "}".repeat(20_000) + "\n-(0010,0010)";
        ParseResult r = check(deepList, Dialect.DE6, -2);
        assertThat(r.script().statements()).last().satisfies(s -> assertThat(Ast.of(s)).isEqualTo("(- (0010,0010))"));
        for (String broken : new String[] {"{".repeat(20_000), "{".repeat(20_000) + ":=" + "}".repeat(20_000),
                "f[".repeat(20_000) + "}"}) {
            ParseResult b = check("version \"6.6\"\nx1 := " + broken + "\n-(0010,0010)", Dialect.DE6, -6);
            assertThat(b.diagnostics()).isNotEmpty();
            assertThat(b.script().statements()).last().satisfies(s -> assertThat(Ast.of(s)).isEqualTo("(- (0010,0010))"));
        }
        String deepCalls = "x := " + "f[".repeat(20_000) + "1" + "]".repeat(20_000);
        check(deepCalls, Dialect.DE4, -3);
        check("\"".repeat(100_000), Dialect.DE6, -4);
        check("\\\n".repeat(100_000), Dialect.DE6, -5);
    }

    private static ParseResult check(String text, Dialect dialect, int iteration) {
        ParseResult r;
        try {
            r = ScriptParser.parse(text, dialect);
        } catch (Throwable t) {
            fail("seed " + SEED + " iteration " + iteration + " " + dialect + " threw " + t + " on input:\n" + text, t);
            return null;
        }
        int length = text.length();
        List<Range> ranges = new ArrayList<>();
        ranges.add(r.script().range());
        r.diagnostics().stream().map(Diagnostic::range).forEach(ranges::add);
        r.script().statements().forEach(s -> ranges.add(s.range()));
        r.script().comments().forEach(c -> ranges.add(c.range()));
        for (Range range : ranges) {
            if (range.start().offset() < 0 || range.end().offset() > length
                    || range.end().offset() < range.start().offset()) {
                fail("seed " + SEED + " iteration " + iteration + ": range " + range + " outside the text of length "
                        + length + ":\n" + text);
            }
        }
        boolean hasErroneous = r.script().statements().stream().anyMatch(s -> s instanceof Statement.Erroneous);
        if (hasErroneous && r.diagnostics().isEmpty()) {
            fail("seed " + SEED + " iteration " + iteration + ": an erroneous statement without a diagnostic:\n" + text);
        }
        return r;
    }

    private static String randomText(Random random) {
        int n = random.nextInt(80);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder b = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(5)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> b.insert(at, random.nextBoolean() ? "{" : "]");
                case 3 -> {
                    List<String> lines = new ArrayList<>(List.of(b.toString().split("\n", -1)));
                    if (lines.size() > 1) {
                        Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                    }
                    b = new StringBuilder(String.join("\n", lines));
                }
                default -> b.setCharAt(at, (char) (0x80 + random.nextInt(0x2000)));
            }
        }
        return b.toString();
    }
}
