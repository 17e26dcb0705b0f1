package org.anonscript.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anonscript.analysis.AnalysisOptions;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.FunctionSpec;
import org.anonscript.analysis.Functions;
import org.anonscript.analysis.LintResult;
import org.anonscript.analysis.Linter;
import org.anonscript.analysis.Severity;
import org.anonscript.script.Dialect;
import org.junit.jupiter.api.Test;

/** The benchmark input is what it claims to be: valid DicomEdit 6, every construct, the stated size. */
class ScriptGeneratorTest {

    private static final ScriptGenerator.Generated SCRIPT = ScriptGenerator.generate(LintBenchmark.STATEMENTS);

    @Test
    void hasExactlyTheRequestedNumberOfStatements() {
        assertThat(SCRIPT.statements()).isEqualTo(10_000);
        assertThat(ScriptGenerator.generate(500).statements()).isEqualTo(500);
    }

    @Test
    void callsEveryDicomEdit6Function() {
        for (FunctionSpec f : Functions.forDialect(Dialect.DE6)) {
            if (!f.hostProvided()) {
                assertThat(SCRIPT.text()).as(f.name()).contains(f.name() + "[");
            }
        }
    }

    @Test
    void usesEveryStatementAndPathForm() {
        assertThat(SCRIPT.text()).startsWith("// generated").contains("\nversion \"6.7\"\n")
                .contains(" := ", " ?= ", "\n-(", "\necho ", "\ndescribe ", "\nexport ", "\nremoveAllPrivateTags")
                .contains(" ? ", " : ", "\nif ( ", "} elseif ( ", "} else {", " := {\n")
                .contains("[0]/", "[%]/", "*/(", "+/(", "./(", "X@", "#0XX", "{SIEMENS MR HEADER}");
    }

    @Test
    void lintsWithoutErrors() {
        LintResult result = Linter.lint(SCRIPT.text(), AnalysisOptions.defaults());
        assertThat(result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(ScriptGeneratorTest::describe))
                .isEmpty();
    }

    private static String describe(Diagnostic d) {
        return d.code() + " at " + d.range() + " " + d.message() + ": " + lineAt(d.range().start().line());
    }

    private static String lineAt(int line) {
        Matcher m = Pattern.compile("\n").matcher(SCRIPT.text());
        int start = 0;
        for (int i = 0; i < line && m.find(); i++) {
            start = m.end();
        }
        int end = SCRIPT.text().indexOf('\n', start);
        return SCRIPT.text().substring(start, end < 0 ? SCRIPT.text().length() : end);
    }
}
