package org.anonscript.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tricky rules, one table row per case: a script ({@code \n} separates lines) and the 1-based,
 * end-exclusive ranges where the code must be reported (empty: nowhere).
 */
class AnalyzerRulesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # DE6: assigned in the only branch of an if, read after it
        version "6.4"\\nif ((0008,0060) = "MR") {\\n  label := "mr"\\n}\\n(0008,103E) := label                       | 5:16-5:21
        # every branch, else included, assigns: fine
        version "6.4"\\nif ((0008,0060) = "MR") {\\n  l := "mr"\\n} else {\\n  l := "x"\\n}\\n(0008,103E) := l      |
        # an elseif branch forgets it
        version "6.4"\\nif ((0008,0060) = "MR") {\\n  l := "mr"\\n} elseif ((0008,0060) = "CT") {\\n  -(0008,0060)\\n} else {\\n  l := "x"\\n}\\n(0008,103E) := l | 9:16-9:17
        # a default first makes the branch an override
        version "6.4"\\nl := "x"\\nif ((0008,0060) = "MR") {\\n  l := "mr"\\n}\\n(0008,103E) := l                      |
        # read inside the branch that assigns it
        version "6.4"\\nif ((0008,0060) = "MR") {\\n  l := "mr"\\n  (0008,103E) := l\\n}                          |
        # inline conditional with both arms assigning
        version "6.1"\\n(0008,0060) = "MR" ? l := "mr" : l := "x"\\n(0008,103E) := l                              |
        # inline conditional with one arm
        version "6.1"\\n(0008,0060) = "MR" ? l := "mr"\\n(0008,103E) := l\\n(0008,103F) := l                      | 3:16-3:17
        # host variables always have a value
        version "6.1"\\nproject = "Unassigned" ? project := "P0"\\n(0008,1030) := project                       |
        # nested: the inner if leaves a hole
        version "6.4"\\nif ((0008,0060) = "MR") {\\n  if ((0008,0070) = "GE") {\\n    l := "ge"\\n  }\\n} else {\\n  l := "x"\\n}\\necho l | 9:6-9:7
        """)
    void de404(String script, String expected) {
        assertReported(script, DiagnosticCode.DE404, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # DE4: first statement wins, the later one is shadowed
        (0010,0010) := "A"\\n(0010,0010) := "B"                                   | 2:1-2:19
        -(0010,0010)\\n(0010,0010) := "B"                                         | 2:1-2:19
        # an earlier pattern deletion covers the tag
        -(0010,XXXX)\\n(0010,0010) := "B"                                         | 2:1-2:19
        # an earlier constrained statement does not always apply
        (0008,0060) = "MR" : (0010,0010) := "A"\\n(0010,0010) := "B"              |
        # an earlier unconditional one shadows a later constrained action
        (0010,0010) := "A"\\n(0008,0060) = "MR" : (0010,0010) := "B"              | 2:22-2:40
        # DE4 variables are initialised once, names fold case
        l := "a"\\nL := "b"\\n(0010,0010) := l                                    | 2:1-2:2
        # DE6: overwritten before anything reads it
        version "6.1"\\n(0010,0010) := "A"\\n(0010,0010) := "B"                    | 2:1-2:19
        version "6.1"\\n(0010,0010) := "A"\\n-(0010,0010)                          | 2:1-2:19
        # DE6: read in between, or read by the overwriting value
        version "6.1"\\n(0010,0010) := "A"\\n(0010,0020) := (0010,0010)\\n(0010,0010) := "B" |
        version "6.1"\\n(0010,0010) := "A"\\n(0010,0010) := hashUID[(0010,0010)]   |
        # DE6: a copy may be null (a no-op), so it does not surely overwrite
        version "6.1"\\n(0010,0010) := "A"\\n(0010,0010) := (0010,0020)            |
        # DE6: a procedure in between may look at anything
        version "6.6"\\n(0010,0010) := "A"\\nblankValues["A"]\\n(0010,0010) := "B"  |
        # DE6: ?= changes only what exists
        version "6.3"\\n(0010,0010) := "A"\\n(0010,0010) ?= "B"                    |
        # the two XNAT examples
        - (0010,0030)\\n(0012,0063) := "v01"\\n(0020,000D) := hashUID[(0020,000D)] |
        (0008,1030) := project\\n(0010,0020) := session\\nsession := makeSessionLabel[format["{0}_v##_{1}", subject, lowercase[modalityLabel]]] |
        """)
    void de406(String script, String expected) {
        assertReported(script, DiagnosticCode.DE406, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        version "6.1"\\n(0020,000D) := hashUID[(0020,000D)]\\n(0020,000D) := hashUID[(0020,000D)]    | 3:16-3:36
        version "6.6"\\nhashUIDList[(0020,000D)]\\n(0020,000D) := hashUID[(0020,000D)]                | 3:16-3:36
        version "6.6"\\nhashUIDList[{*/(0008,1155)}]\\n(0008,1155) := hashUID[(0008,1155)]            | 3:16-3:36
        version "6.6"\\n(0020,000D) := hashUID[(0020,000D)]\\nhashUIDList[{(0020,000D)}]                | 3:14-3:25
        version "6.1"\\nu := hashUID[(0020,000D)]\\n(0020,000D) := hashUID[u]                         | 3:16-3:26
        version "6.1"\\n(0010,0020) := hashUID[hashUID[(0010,0020)]]                                  | 2:16-2:45
        # different elements, or a fresh value in between
        version "6.1"\\n(0020,000D) := hashUID[(0020,000D)]\\n(0020,000E) := hashUID[(0020,000E)]    |
        version "6.1"\\n(0020,000D) := hashUID[(0020,000D)]\\n(0020,000D) := newUID[]\\n(0020,000D) := hashUID[(0020,000D)] |
        # DE4: the second statement never applies (first wins), so nothing is hashed twice
        (0020,000D) := hashUID[(0020,000D)]\\n(0020,000D) := hashUID[(0020,000D)]                    |
        """)
    void de410(String script, String expected) {
        assertReported(script, DiagnosticCode.DE410, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        version "6.1"\\n(0010,0010) := ismatch[(0010,0010), "A"]                | 2:16-2:23
        version "6.3"\\n(0010,0010) := ismatch[(0010,0010), "A"]                |
        version "6.3"\\nif ((0008,0060) = "MR") {\\n  -(0010,0010)\\n}            | 2:1-2:3
        version "6.4"\\nif ((0008,0060) = "MR") {\\n  -(0010,0010)\\n}            |
        version "6.2"\\n(0010,0010) ?= "A"                                      | 2:13-2:15
        version "6.4"\\n*/(0008,0090) ?= ""                                     | 2:1-2:14
        version "6.5"\\n*/(0008,0090) ?= ""                                     |
        version "6.1"\\n-./(0010,0020)                                          | 2:2-2:3
        version "6.5"\\nremoveTags[{(0010,1040)}]                               | 2:1-2:11 2:12-2:25
        version "6.6"\\nisPresent[(0010,1010)] ? -(0010,0030)                   | 2:1-2:10 2:1-2:23
        version "6.1"\\nl := lookup["t", "k"]                                   | 2:6-2:12
        version "6.1"\\n(0010,0010) := "ANON \\\\nPATIENT"                      | 2:22-2:23
        version "6.7"\\nisPresent[(0010,1010)] ? -(0010,0030)                   |
        """)
    void de303(String script, String expected) {
        assertReported(script, DiagnosticCode.DE303, expected);
    }

    @Test
    void de303SaysWhichVersionIsNeeded() {
        Diagnostic d = only("version \"6.1\"\nretainPrivateTags[(0019,{ACME}XX)]", DiagnosticCode.DE303);
        assertThat(d.data()).containsEntry("requiredVersion", "6.3");
        assertThat(d.message()).contains("6.3").contains("6.1");
    }

    @ParameterizedTest(name = "[{index}] {0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
        (0010,0010) := Subject                        | -      | -       | -
        version "6.1"\\n(0010,0010) := Subject         | -      | 2:16-2:23 | -
        version "6.1"\\n(0010,0010) := site            | -      | 2:16-2:20 | -
        version "6.1"\\n(0010,0010) := site            | site   | -       | -
        version "6.1"\\ndescribe site "Site"\\n(0010,0010) := site | - | - | 2:10-2:14
        version "6.1"\\ndescribe site "Site"\\n(0010,0010) := site | site | - | -
        version "6.1"\\nsite := "S"\\n(0010,0010) := site | - | -    | -
        version "6.1"\\n(0010,0010) := site\\nsite := "S" | - | -    | 2:16-2:20
        describe visit "Visit"\\n(0010,0010) := VISIT | -     | -       | 1:10-1:15
        (0010,0010) := VISIT\\nvisit := "V1"          | -      | -       | -
        """)
    void externalVariables(String script, String bound, String de104, String de105) {
        AnalysisOptions options = AnalysisOptions.defaults()
                .withBoundVariables(bound.equals("-") ? Set.of() : Set.of(bound));
        assertThat(ranges(script, DiagnosticCode.DE104, options)).isEqualTo(expectedRanges(de104));
        assertThat(ranges(script, DiagnosticCode.DE105, options)).isEqualTo(expectedRanges(de105));
    }

    @Test
    void strictModeMakesUnassignedVariablesErrors() {
        AnalysisOptions strict = new AnalysisOptions(Optional.empty(), Set.of(), true, Map.of(), false);
        List<Diagnostic> found = Linter.lint("version \"6.1\"\n(0010,0010) := nobody", strict).diagnostics();
        assertThat(found).filteredOn(d -> d.code() == DiagnosticCode.DE104)
                .extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        version "6.1" // trailing comment\\n-(0010,0010)  | 1:1-1:14 | warning
        '  version "6.1"\\n-(0010,0010)'                  | 1:3-1:16 | warning
        version "6.8"\\n-(0010,0010)                      | 1:9-1:14 | error
        version "6.1"\\n-(0010,0010)                      |          |
        """)
    void de302(String script, String expected, String severity) {
        assertReported(script, DiagnosticCode.DE302, expected);
        if (expected != null) {
            assertThat(only(script.replace("\\n", "\n"), DiagnosticCode.DE302).severity().label()).isEqualTo(severity);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        removeTags[{(0010,1040)}]                         | version "6.6"
        (0008,0060) = "MR" ? -(0008,0080)                 | version "6.1"
        isPresent[(0010,1010)] ? -(0010,0030)             | version "6.7"
        """)
    void de301InsertsTheLowestVersionThatHasEveryFeature(String script, String insert) {
        assertThat(only(script, DiagnosticCode.DE301).data()).containsEntry("insertVersion", insert);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        version "6.1"\\n(0010,0010) := isMatch[(0010,0010), "A"]   | DE101 | suggestion | ismatch
        version "6.3"\\nblankRectangle[]                           | DE101 | suggestion | alterPixels
        version "6.1"\\n(0010,0010) := substring["ABC", 1]          | DE102 | expected   | 3
        version "6.2"\\nset[(0010,0010), "A"]                      | DE103 | replacement | "(0010,0010)"
        version "6.3"\\nalterPixels["circle", "l=0, t=0, r=1, b=1", "solid", "v=0"] | DE103 | replacement | "rectangle"
        version "6.3"\\n*/(0010,0010) := "A"                       | DE206 | replacement | ?=
        version "6.6"\\nreject[false]                              | DE104 | replacement | false[]
        version "6.1"\\n(0008,0060) !~ "MR" ? -(0008,0080)         | DE403 | replacement | !=
        """)
    void quickFixData(String script, String code, String key, String value) {
        assertThat(only(script.replace("\\n", "\n"), DiagnosticCode.valueOf(code)).data()).containsEntry(key, value);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        version "6.1"\\n(0010,0010) := substring["ABC", 0.5, 2]                 | DE103 | 2:33-2:36
        version "6.6"\\nremoveTags[42]                                          | DE103 | 2:12-2:14
        version "6.6"\\nremoveTags["not a path"]                                | DE103 | 2:12-2:24
        version "6.3"\\nretainPrivateTags[(0010,0010)]                          | DE103 | 2:19-2:30
        version "6.3"\\nretainPrivateTags["(0008,{X}10)"]                       | DE103 | 2:19-2:33
        version "6.3"\\nalterPixels["rectangle", "l=0, t=0, r=1", "solid", "v=0"] | DE103 | 2:26-2:41
        version "6.2"\\ndelete["(0010,{ACME}10)"]                               | DE209 | 2:8-2:25
        version "6.2"\\nset["(0002,0013)", "anonscript"]                        | DE210 | 2:5-2:18
        version "6.2"\\nset["(0040,A730)[0]/(0002,0013)", "x"]                   | DE210 | -
        version "6.6"\\nreject["maybe"]                                         | DE103 | 2:8-2:15
        version "6.7"\\n(0010,0010) := concatenate[isPresent[(0010,0010)]]     | DE108 | 2:28-2:50
        version "6.3"\\nismatch[(0010,0010), "A"] = "yes" ? -(0010,0020)      | DE108 | 2:29-2:34
        version "6.6"\\nl := {"A"}\\n(0010,0010) := l                          | DE405 | 3:16-3:17
        version "6.1"\\n(0010,0010) := format["{0} {2}", "a", "b"]              | DE401 | 2:23-2:32
        version "6.1"\\n(0010,0010) := format["{0", "a"]                        | DE401 | 2:23-2:27
        (0010,4000) := "{0}_{1}" (0008,0020)                                    | DE401 | 1:16-1:25
        version "6.1"\\n(0010,0010) := match[(0010,0010), "[a-", 0]             | DE402 | 2:35-2:40
        version "6.6"\\nremoveAllPrivateTags\\n-(0019,{ACME}10)                 | DE408 | 3:2-3:17
        version "6.1"\\nhost_lookup[(0010,0010)]                                | DE101 | 2:1-2:12
        """)
    void argumentAndValueChecks(String script, String code, String expected) {
        assertReported(script, DiagnosticCode.valueOf(code), expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        -(0010,0031)        | 1:2-1:13 | warning
        -(0010,1000)        | 1:2-1:13 | info
        -(0010,0010)        |          |
        -(6002,3000)        |          |
        -(0008,0000)        |          |
        -(50X@,3000)        |          |
        -(0019,1010)        |          |
        """)
    void de208KnowsTheDictionaryIncludingRepeatingGroups(String script, String expected, String severity) {
        assertReported(script, DiagnosticCode.DE208, expected);
        if (expected != null) {
            assertThat(only(script, DiagnosticCode.DE208).severity().label()).isEqualTo(severity);
        }
    }

    @Test
    void theIncludeSettingReachesTheParser() {
        String script = "version \"6.1\"\ninclude file:common.das\n-(0010,0010)";
        AnalysisOptions enabled = new AnalysisOptions(Optional.empty(), Set.of(), false, Map.of(), true);
        assertThat(ranges(script, DiagnosticCode.DE008, AnalysisOptions.defaults())).hasSize(1);
        assertThat(ranges(script, DiagnosticCode.DE008, enabled)).isEmpty();
    }

    @Test
    void de402IsAnErrorForALiteralPattern() {
        assertThat(only("version \"6.1\"\n(0008,0060) ~ \"[\" ? -(0008,0060)", DiagnosticCode.DE402).severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void namespacedHostFunctionsAreOnlyAWarning() {
        assertThat(only("version \"6.1\"\nhost_lookup[(0010,0010)]", DiagnosticCode.DE101).severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void de4ScriptsUseTheDe4Catalogue() {
        assertThat(ranges("(0010,0010) := concatenate[\"a\", \"b\"]", DiagnosticCode.DE101, AnalysisOptions.defaults()))
                .containsExactly("1:16-1:27");
        assertThat(ranges("version \"6.6\"\n(0010,0010) := urlEncode[\"a\"]", DiagnosticCode.DE101,
                AnalysisOptions.defaults())).containsExactly("2:16-2:25");
        assertThat(ranges("(0010,0010) := urlEncode[\"a\"]", DiagnosticCode.DE101,
                AnalysisOptions.defaults().withDialect(Dialect.DE4))).isEmpty();
    }

    private static void assertReported(String script, DiagnosticCode code, String expected) {
        assertThat(ranges(script, code, AnalysisOptions.defaults())).as(code + " in:\n" + script.replace("\\n", "\n"))
                .isEqualTo(expectedRanges(expected));
    }

    private static List<String> expectedRanges(String column) {
        return column == null || column.equals("-") ? List.of() : Arrays.asList(column.trim().split("\\s+"));
    }

    private static List<String> ranges(String script, DiagnosticCode code, AnalysisOptions options) {
        return Linter.lint(script.replace("\\n", "\n"), options).diagnostics().stream()
                .filter(d -> d.code() == code).map(d -> d.range().toString()).toList();
    }

    private static Diagnostic only(String script, DiagnosticCode code) {
        List<Diagnostic> found = Linter.lint(script.replace("\\n", "\n"), AnalysisOptions.defaults()).diagnostics()
                .stream().filter(d -> d.code() == code).toList();
        assertThat(found).as(code + " in " + script).hasSize(1);
        return found.get(0);
    }
}
