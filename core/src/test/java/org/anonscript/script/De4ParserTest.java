package org.anonscript.script;

import static org.anonscript.script.Fixtures.assertDiagnostic;
import static org.anonscript.script.Fixtures.assertShape;
import static org.assertj.core.api.Assertions.assertThat;

import org.anonscript.analysis.Diagnostic;
import org.anonscript.analysis.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classic DicomEdit 4 (spec §13): constraint chains, implicit format, {@code new UID}, Java escapes. */
class De4ParserTest {

    @Test
    void xnatSitewideExampleParsesWithoutDiagnostics() {
        String text = """
                - (0010,0030) //Remove Patient Birth Date
                - (0010,1000) //Remove Other Patient IDs
                (0012,0063) := "My XNAT sitewide anon script v01"
                (0020,000D) := hashUID[(0020,000D)]     // Study Instance UID
                """;
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.script().dialect()).isEqualTo(Dialect.DE4);
        assertShape(r, "(- (0010,0030)) (- (0010,1000)) (:= (0012,0063) \"My XNAT sitewide anon script v01\") "
                + "(:= (0020,000D) hashUID[(0020,000D)])");
        assertThat(r.script().comments()).extracting(Script.Comment::text)
                .containsExactly("Remove Patient Birth Date", "Remove Other Patient IDs", " Study Instance UID");
    }

    @Test
    void xnatSessionLabelExampleParsesWithoutDiagnostics() {
        String text = """
                (0008,1030) := project
                (0010,0010) := subject
                (0010,0020) := session
                session := makeSessionLabel[format["{0}_v##_{1}", subject, lowercase[modalityLabel]]]
                """;
        assertShape(ScriptParser.parse(text), "(:= (0008,1030) project) (:= (0010,0010) subject) "
                + "(:= (0010,0020) session) (let session makeSessionLabel[format[\"{0}_v##_{1}\", subject, lowercase[modalityLabel]]])");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        (0008,0060) = "MR" : (0008,103E) := "MR series"                      | (when (= (0008,0060) "MR") (:= (0008,103E) "MR series"))
        (0008,0060) = "MR" : (0008,0070) ~ "GE.*" : -(0008,1090)             | (when (= (0008,0060) "MR") (~ (0008,0070) "GE.*") (- (0008,1090)))
        modality = "CT" : echo "a CT"                                        | (when (= modality "CT") (echo "a CT"))
        (0020,000D) := new UID                                               | (:= (0020,000D) (new UID))
        (0020,000D) := new UID[(0020,000D)]                                  | (:= (0020,000D) (new UID (0020,000D)))
        (0010,4000) := "Project X; Session: {0}_{1}" (0008,0020), substring[(0008,0030), 0, 6] | (:= (0010,4000) (format "Project X; Session: {0}_{1}" (0008,0020) substring[(0008,0030), 0, 6]))
        -(2001,1019)                                                         | (- (2001,1019))
        -(2001,108@)                                                         | (- (2001,108@))
        -(50X#,XXXX)                                                         | (- (50X#,XXXX))
        describe patientName "Patient name"                                  | (describe patientName "Patient name")
        describe secret hidden                                               | (describe secret hidden)
        export session "xnat:imageSessionData/label"                         | (export session "xnat:imageSessionData/label")
        echo                                                                 | (echo)
        x := urlEncode["0=1"]                                                | (let x urlEncode["0=1"])
        X := 1                                                               | (let X 1)
        (0010,0010) := "say \\"hi\\""                                       | (:= (0010,0010) "say "hi"")
        """)
    void statementsParseToTheirShape(String statement, String shape) {
        assertShape(ScriptParser.parse(statement, Dialect.DE4), shape);
    }

    @Test
    void variablesCompareCaseInsensitively() {
        ParseResult r = ScriptParser.parse("Modality := (0008,0060)\n(0008,103E) := MODALITY", Dialect.DE4);
        Statement.VariableAssignment a = (Statement.VariableAssignment) r.script().statements().get(0);
        Statement.TagAssignment b = (Statement.TagAssignment) r.script().statements().get(1);
        Identifier read = ((Expression.VariableRef) b.value()).name();
        assertThat(a.name().name()).isEqualTo("Modality");
        assertThat(a.name().key(Dialect.DE4)).isEqualTo(read.key(Dialect.DE4));
        assertThat(a.name().key(Dialect.DE6)).isNotEqualTo(read.key(Dialect.DE6));
    }

    @Test
    void de4StringsDecodeJavaEscapesButKeepUnicodeAndOctal() {
        assertThat(StringLiterals.de4Value("a\\tb\\\\c\\'d")).isEqualTo("a\tb\\c'd");
        assertThat(StringLiterals.de4Value("\\u00e9\\101")).isEqualTo("\\u00e9\\101");
        assertThat(StringLiterals.de4BadEscapes("\\u00e9\\101\\7")).isEmpty();
        assertThat(StringLiterals.de4BadEscapes("\\d")).extracting(StringLiterals.BadEscape::text).containsExactly("\\d");
    }

    @Test
    void de6SyntaxInADe4ScriptFailsWithAHint() {
        String text = "project != \"Unassigned\" ? (0008,1030) := project\n(0010,0010) := subject\n";
        ParseResult r = ScriptParser.parse(text);
        assertThat(r.script().dialect()).isEqualTo(Dialect.DE4);
        assertThat(Ast.of(r.script())).isEqualTo("(error) (:= (0010,0010) subject)");
        assertThat(r.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).contains("version"));
        assertThat(ScriptParser.parsesCleanly(text, Dialect.DE6)).isTrue();
        assertThat(ScriptParser.parsesCleanly(text, Dialect.DE4)).isFalse();
    }

    @Test
    void aVersionLineTheDetectorMissesIsNamedInTheHint() {
        ParseResult r = ScriptParser.parse("version \"6.1\" // default\nproject != \"Unassigned\" ? (0008,1030) := project\n");
        assertThat(r.script().dialect()).isEqualTo(Dialect.DE4);
        assertThat(r.diagnostics()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.message()).contains("did not recognise the version line"));
    }

    @Test
    void de4Diagnostics() {
        assertDiagnostic("-⟦(0010,001x)⟧", DiagnosticCode.DE201);
        assertDiagnostic("-⟦(0019,{SIEMENS}10)⟧", DiagnosticCode.DE201);
        assertDiagnostic("(0010,0010) := ⟦'x'⟧", DiagnosticCode.DE004);
        assertDiagnostic("(0010,0010) := ⟦\"x⟧\n-(0010,0020)", DiagnosticCode.DE002);
        assertDiagnostic("(0010,0010) := \"⟦\\d⟧\"", DiagnosticCode.DE003);
        assertDiagnostic("-(0010,0010) ⟦-(0010,0020)⟧", DiagnosticCode.DE005);
        assertDiagnostic("(0010,0010) := f⟦[⟧\"x\"\n", DiagnosticCode.DE006);
        assertDiagnostic("⟦include /x.das⟧", DiagnosticCode.DE008);
        Diagnostic d = assertDiagnostic("(0010,0010) := f[⟦]⟧", DiagnosticCode.DE005);
        assertThat(d.message()).contains("`]`").contains("DicomEdit 6 syntax");
    }

    @Test
    void versionLineIsASyntaxErrorInDe4() {
        ParseResult r = ScriptParser.parse("version \"6\"\n-(0010,0010)");
        assertThat(r.script().dialect()).isEqualTo(Dialect.DE4);
        assertThat(Ast.of(r.script())).isEqualTo("(error) (- (0010,0010))");
    }
}
