package org.anonscript.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documented examples are real: the wrong one triggers its code, the right one does not. */
class DiagnosticExamplesTest {

    @ParameterizedTest
    @EnumSource(DiagnosticCode.class)
    void wrongExampleTriggersItsCode(DiagnosticCode code) {
        assertThat(Linter.lint(code.wrongExample(), AnalysisOptions.defaults()).diagnostics())
                .as(code + " wrong example:\n" + code.wrongExample())
                .anyMatch(d -> d.code() == code);
    }

    @ParameterizedTest
    @EnumSource(DiagnosticCode.class)
    void rightExampleIsFreeOfItsCode(DiagnosticCode code) {
        assertThat(Linter.lint(code.rightExample(), AnalysisOptions.defaults()).diagnostics())
                .as(code + " right example:\n" + code.rightExample())
                .noneMatch(d -> d.code() == code);
    }
}
