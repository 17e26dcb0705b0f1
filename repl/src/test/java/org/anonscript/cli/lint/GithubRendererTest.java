package org.anonscript.cli.lint;

import static org.anonscript.cli.lint.Fixtures.file;
import static org.anonscript.cli.lint.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anonscript.analysis.DiagnosticCode;
import org.anonscript.analysis.Severity;
import org.junit.jupiter.api.Test;

class GithubRendererTest {

    private static String render(LintedFile... files) {
        return new GithubRenderer().render(List.of(files));
    }

    @Test
    void oneWorkflowCommandPerDiagnostic() {
        String text = "version \"6.7\"\n(0010,0010) := isMatch[\"a\", \"b\"]\n";
        assertThat(render(file("scripts/x.das", text, on(text, "isMatch", DiagnosticCode.DE101, "Unknown function isMatch"))))
                .isEqualTo("::error file=scripts/x.das,line=2,col=16,endLine=2,endColumn=23::DE101 Unknown function isMatch\n");
    }

    @Test
    void lowerSeveritiesBecomeWarningsAndNotices() {
        String text = "a b c";
        assertThat(render(file("s.das", text,
                on(text, "a", DiagnosticCode.DE104, Severity.WARNING, "w"),
                on(text, "b", DiagnosticCode.DE104, Severity.INFO, "i"),
                on(text, "c", DiagnosticCode.DE104, Severity.HINT, "h"))).lines())
                .extracting(line -> line.substring(0, line.indexOf(' ')))
                .containsExactly("::warning", "::notice", "::notice");
    }

    @Test
    void separatorsInFileNamesAndNewlinesInMessagesAreEscaped() {
        String text = "x";
        assertThat(render(file("a,b:c%.das", text, on(text, "x", DiagnosticCode.DE005, "first\nsecond 100%"))))
                .isEqualTo("::error file=a%2Cb%3Ac%25.das,line=1,col=1,endLine=1,endColumn=2::DE005 first%0Asecond 100%25\n");
    }

    @Test
    void noDiagnosticsPrintsNothing() {
        assertThat(render(file("ok.das", "- (0010,0030)\n"))).isEmpty();
    }
}
