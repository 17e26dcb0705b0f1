package org.anonscript.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.PathStep;
import org.anonscript.script.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team-written script corpus: {@code corpus/valid} lints without errors and together uses every
 * statement form, path form and built-in; each {@code corpus/invalid} fixture states, in header lines
 * {@code // expect CODE line:col-line:col} (1-based, end exclusive), the diagnostics it must produce.
 */
class CorpusTest {

    private static final Pattern EXPECT = Pattern.compile("// expect (DE\\d{3}) (\\d+):(\\d+)-(\\d+):(\\d+)");

    static Stream<Path> validScripts() {
        return list("valid");
    }

    static Stream<Path> invalidScripts() {
        return list("invalid");
    }

    @ParameterizedTest
    @MethodSource("validScripts")
    void validScriptsLintWithoutErrors(Path script) {
        LintResult result = Linter.lint(read(script), AnalysisOptions.defaults());
        assertThat(result.diagnostics()).as(script.getFileName().toString())
                .noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @ParameterizedTest
    @MethodSource("xnatExamples")
    void xnatExamplesRecogniseHostVariablesAndRaiseNoWarnings(Path script) {
        LintResult result = Linter.lint(read(script), AnalysisOptions.defaults());
        assertThat(result.parse().script().dialect()).isEqualTo(Dialect.DE4);
        assertThat(result.diagnostics()).as(script.getFileName().toString())
                .noneMatch(d -> d.severity().atLeast(Severity.WARNING));
    }

    static Stream<Path> xnatExamples() {
        return validScripts().filter(p -> p.getFileName().toString().startsWith("xnat-")
                && p.getFileName().toString().endsWith("-de4.das"));
    }

    @ParameterizedTest
    @MethodSource("invalidScripts")
    void invalidScriptsReportWhatTheirHeaderExpects(Path script) {
        String text = read(script);
        List<String> expected = new ArrayList<>();
        Matcher m = EXPECT.matcher(text);
        while (m.find()) {
            expected.add(m.group(1) + " " + m.group(2) + ":" + m.group(3) + "-" + m.group(4) + ":" + m.group(5));
        }
        assertThat(expected).as("expect header in " + script.getFileName()).isNotEmpty();
        List<String> actual = Linter.lint(text, AnalysisOptions.defaults()).diagnostics().stream()
                .map(d -> d.code() + " " + d.range()).toList();
        assertThat(actual).as(script.getFileName().toString()).containsAll(expected);
    }

    @Test
    void everyDiagnosticCodeHasAnInvalidFixture() {
        Set<DiagnosticCode> covered = EnumSet.noneOf(DiagnosticCode.class);
        invalidScripts().forEach(p -> {
            Matcher m = EXPECT.matcher(read(p));
            while (m.find()) {
                covered.add(DiagnosticCode.valueOf(m.group(1)));
            }
        });
        assertThat(covered).containsExactlyInAnyOrder(DiagnosticCode.values());
    }

    @Test
    void validCorpusCallsEveryBuiltInOfBothDialects() {
        for (Dialect dialect : Dialect.values()) {
            Set<String> called = new TreeSet<>();
            validScripts().map(p -> Linter.lint(read(p), AnalysisOptions.defaults()).parse().script())
                    .filter(s -> s.dialect() == dialect)
                    .forEach(s -> s.statements().forEach(st -> Nodes.forEachExpressionDeep(st, e -> {
                        if (e instanceof Expression.FunctionCall f) {
                            called.add(f.name().name());
                        } else if (e instanceof Expression.NewGenerator g) {
                            called.add(g.name().name());
                        }
                    })));
            Set<String> all = Functions.all().stream().filter(f -> f.existsIn(dialect)).map(FunctionSpec::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(called).as(dialect + " built-ins used by the valid corpus").containsAll(all);
        }
    }

    @Test
    void validCorpusUsesEveryStatementAndPathForm() {
        Set<String> forms = new TreeSet<>();
        validScripts().map(p -> Linter.lint(read(p), AnalysisOptions.defaults()).parse().script())
                .forEach(s -> s.statements().forEach(top -> {
                    Nodes.forEachStatement(top, st -> forms.add(st.getClass().getSimpleName()
                            + (st instanceof Statement.TagAssignment a && a.ifExists() ? "?=" : "")
                            + (st instanceof Statement.InlineIf i && i.otherwise().isPresent() ? ":else" : "")
                            + (st instanceof Statement.IfChain c && c.otherwise().isPresent() ? ":else" : "")));
                    Nodes.forEachPath(top, path -> path.steps().forEach(step -> {
                        if (step instanceof PathStep.LevelWildcard w) {
                            forms.add("level " + w.level().symbol());
                        } else if (step instanceof PathStep.TagStep t) {
                            t.item().ifPresent(i -> forms.add(i.all() ? "item [%]" : "item [n]"));
                            t.tag().creator().ifPresent(c -> forms.add("creator"));
                            String digits = t.tag().group() + t.tag().element();
                            for (char c : "X@#".toCharArray()) {
                                if (digits.indexOf(c) >= 0) {
                                    forms.add("wildcard " + c);
                                }
                            }
                        }
                    }));
                }));
        assertThat(forms).contains("Version", "TagAssignment", "TagAssignment?=", "VariableAssignment", "Deletion",
                "CallStatement", "Echo", "RemoveAllPrivateTags", "Describe", "Export", "InlineIf", "InlineIf:else",
                "IfChain:else", "Constrained", "level *", "level +", "level .", "item [%]", "item [n]", "creator",
                "wildcard X", "wildcard @", "wildcard #");
    }

    private static Stream<Path> list(String folder) {
        try {
            Path dir = Path.of(CorpusTest.class.getResource("/corpus/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".das")).sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
