package org.anonscript.analysis;

/**
 * The stable catalogue of diagnostics (spec §15). Each code carries its own metadata; the
 * documentation ({@code docs/diagnostics.md}), SARIF rule descriptions and editor texts are read from
 * here, never written twice.
 */
public enum DiagnosticCode {
    // Lexical and syntax (reported by the parser)
    DE001(Severity.ERROR, "Unexpected character or token"),
    DE002(Severity.ERROR, "Unterminated string"),
    DE003(Severity.ERROR, "Invalid escape in a DicomEdit 6 string"),
    DE004(Severity.ERROR, "Single-quoted string"),
    DE005(Severity.ERROR, "Syntax error"),
    DE006(Severity.ERROR, "Unbalanced brackets or blank line inside a list"),
    DE007(Severity.WARNING, "Two statements on one line"),
    DE008(Severity.ERROR, "include directive is not enabled"),
    DE009(Severity.WARNING, "Suspicious line continuation"),
    DE010(Severity.ERROR, "Name or number lexed as half a tag"),
    // Names, calls and variables
    DE101(Severity.ERROR, "Unknown function"),
    DE102(Severity.ERROR, "Wrong number of arguments"),
    DE103(Severity.ERROR, "Argument of the wrong kind"),
    DE104(Severity.WARNING, "Variable never assigned"),
    DE105(Severity.WARNING, "External variable without a binding"),
    DE106(Severity.ERROR, "Reserved word used as a variable name"),
    DE107(Severity.WARNING, "Procedure used as a value"),
    DE108(Severity.WARNING, "Boolean and string mixed up"),
    // Tags and paths
    DE201(Severity.ERROR, "Malformed tag"),
    DE202(Severity.ERROR, "Group ends with a wildcard X"),
    DE203(Severity.ERROR, "Numeric private tag in DicomEdit 6"),
    DE204(Severity.ERROR, "Invalid private creator"),
    DE205(Severity.ERROR, "Invalid item index"),
    DE206(Severity.ERROR, "Wildcard path as an assignment target"),
    DE207(Severity.ERROR, "Wildcard path used as a value"),
    DE208(Severity.WARNING, "Tag not in the DICOM dictionary"),
    DE209(Severity.WARNING, "Malformed direct-notation path string"),
    DE210(Severity.INFO, "File meta group modified"),
    // Versions and dialects
    DE301(Severity.WARNING, "DicomEdit 6 syntax without a version line"),
    DE302(Severity.ERROR, "Unsupported or undetected version statement"),
    DE303(Severity.WARNING, "Feature newer than the declared version"),
    DE304(Severity.WARNING, "Repeated or misplaced version statement"),
    // Semantics and style
    DE401(Severity.WARNING, "Malformed format pattern"),
    DE402(Severity.WARNING, "Regular expression does not compile"),
    DE403(Severity.INFO, "Regex match where a comparison was meant"),
    DE404(Severity.WARNING, "Variable assigned only on some branches"),
    DE405(Severity.WARNING, "List assigned to a tag or compared"),
    DE406(Severity.WARNING, "Statement without effect"),
    DE407(Severity.INFO, "Copy of an element that may be absent"),
    DE408(Severity.WARNING, "Private tags used after removeAllPrivateTags"),
    DE409(Severity.INFO, "getURL needs network consent"),
    DE410(Severity.WARNING, "Double hashing");

    private final Severity defaultSeverity;
    private final String title;

    DiagnosticCode(Severity defaultSeverity, String title) {
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String title() {
        return title;
    }
}
