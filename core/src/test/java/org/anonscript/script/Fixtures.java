package org.anonscript.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;

/**
 * Test helpers in the LemMinX style: a fixture is script text with the expected range marked by
 * {@code ⟦ ⟧} (characters DicomEdit never uses), and one line states what must be reported there.
 */
final class Fixtures {

    static final String V66 = "version \"6.6\"\n";

    private Fixtures() {
    }

    /** The text without markers. */
    static String text(String fixture) {
        return fixture.replace("⟦", "").replace("⟧", "");
    }

    /** Parses the fixture (dialect from its version line) and asserts a diagnostic with this code exactly at ⟦…⟧. */
    static Diagnostic assertDiagnostic(String fixture, DiagnosticCode code) {
        return assertDiagnostic(fixture, code, ScriptParser.parse(text(fixture)));
    }

    static Diagnostic assertDiagnostic(String fixture, DiagnosticCode code, ParseResult result) {
        int start = fixture.indexOf('⟦');
        int end = fixture.indexOf('⟧') - 1;
        assertThat(start).as("fixture needs ⟦ ⟧").isGreaterThanOrEqualTo(0);
        List<Diagnostic> matching = result.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertThat(matching).as("%s in %s; got %s", code, fixture, describe(result.diagnostics())).isNotEmpty();
        assertThat(matching).as("range of %s in %s", code, fixture)
                .anySatisfy(d -> {
                    assertThat(d.range().start().offset()).isEqualTo(start);
                    assertThat(d.range().end().offset()).isEqualTo(end);
                });
        Diagnostic d = matching.stream().filter(x -> x.range().start().offset() == start).findFirst().orElseThrow();
        assertThat(d.message()).isNotBlank();
        return d;
    }

    /** Parses and asserts that the statements have this shape and no diagnostic was reported. */
    static void assertShape(String text, String shape) {
        assertShape(ScriptParser.parse(text), shape);
    }

    static void assertShape(ParseResult result, String shape) {
        assertThat(result.diagnostics()).as("diagnostics for %s", result.source().text()).isEmpty();
        assertThat(Ast.of(result.script())).isEqualTo(shape);
    }

    static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code() + "@" + d.range() + " " + d.message())
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
