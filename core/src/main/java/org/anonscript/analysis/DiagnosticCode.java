package org.anonscript.analysis;

/**
 * The stable catalogue of diagnostics (spec §15). Each code carries its own metadata; the
 * documentation ({@code docs/diagnostics.md}), SARIF rule descriptions and editor texts are read from
 * here, never written twice.
 */
public enum DiagnosticCode {
    // Lexical and syntax (reported by the parser)
    DE001(Severity.ERROR, "Unexpected character or token",
            "XNAT rejects the whole script when its lexer meets a character it does not know, so nothing is de-identified.",
            "(0010,0010) := \"ANON\" ;",
            "(0010,0010) := \"ANON\""),
    DE002(Severity.ERROR, "Unterminated string",
            "A string must close on the same line (or continue with a trailing backslash); otherwise the script does not parse.",
            "(0010,0010) := \"ANON",
            "(0010,0010) := \"ANON\""),
    DE003(Severity.ERROR, "Invalid escape in a DicomEdit 6 string",
            "DicomEdit 6 accepts only \\n \\r \\t \\b \\f \\( \\) \\\\ and three-digit octal escapes; older servers accepted \\\" but current XNAT rejects the script.",
            "version \"6.1\"\n(0008,0060) ~ \"\\d+\" ? -(0008,0060)",
            "version \"6.1\"\n(0008,0060) ~ \"\\\\d+\" ? -(0008,0060)"),
    DE004(Severity.ERROR, "Single-quoted string",
            "Only double quotes delimit strings in DicomEdit; a single quote is a lexical error outside a string.",
            "(0010,0010) := 'ANON'",
            "(0010,0010) := \"ANON\""),
    DE005(Severity.ERROR, "Syntax error",
            "A statement that does not match the grammar makes XNAT reject the whole script.",
            "(0010,0010) = \"ANON\"",
            "(0010,0010) := \"ANON\""),
    DE006(Severity.ERROR, "Unbalanced brackets or blank line inside a list",
            "Every ( [ { needs its partner, and a list may not contain a blank line; otherwise the script does not parse.",
            "version \"6.6\"\nremoveTags[(0010,1040)\n-(0010,0010)",
            "version \"6.6\"\nremoveTags[(0010,1040)]\n-(0010,0010)"),
    DE007(Severity.WARNING, "Two statements on one line",
            "Only the newest DicomEdit 6 engine accepts two statements on one line; older XNAT servers reject the script.",
            "version \"6.1\"\n-(0010,0010) -(0010,0020)",
            "version \"6.1\"\n-(0010,0010)\n-(0010,0020)"),
    DE008(Severity.ERROR, "include directive is not enabled",
            "The include pre-processor is off in XNAT by default, so the line is a syntax error there.",
            "include file:///opt/scripts/common.das",
            "// paste the statements of common.das here"),
    DE009(Severity.WARNING, "Suspicious line continuation",
            "A trailing backslash joins the next line (even into a comment, which then swallows it); blanks after the backslash stop the join silently.",
            "version \"6.6\"\n// remove the address \\\n-(0010,1040)",
            "version \"6.6\"\n// remove the address\n-(0010,1040)"),
    DE010(Severity.ERROR, "Name or number lexed as half a tag",
            "The lexer reads ( plus four hex-like characters, or four such characters plus ), as half a tag, so the condition does not parse on XNAT.",
            "version \"6.4\"\nif (face = \"1\") {\n    -(0010,0010)\n}",
            "version \"6.4\"\nif ( face = \"1\" ) {\n    -(0010,0010)\n}"),
    // Names, calls and variables
    DE101(Severity.ERROR, "Unknown function",
            "Calling a function the engine does not register fails at run time, and the upload or archive step fails with it.",
            "version \"6.3\"\n(0008,0020) ~ \"\\\\d{8}\" ? echo isMatch[(0008,0020), \"\\\\d{8}\"]",
            "version \"6.3\"\n(0008,0020) ~ \"\\\\d{8}\" ? echo ismatch[(0008,0020), \"\\\\d{8}\"]"),
    DE102(Severity.ERROR, "Wrong number of arguments",
            "The engine checks few arities up front, so a wrong count surfaces as a runtime error on the first file.",
            "version \"6.1\"\n(0010,0020) := substring[(0010,0020), 4]",
            "version \"6.1\"\n(0010,0020) := substring[(0010,0020), 0, 4]"),
    DE103(Severity.ERROR, "Argument of the wrong kind",
            "Some arguments can only be paths, integers, units or fixed words; anything else fails when the statement runs.",
            "version \"6.2\"\n(0008,0020) := shiftDateByIncrement[(0008,0020), \"-30\", \"weeks\"]",
            "version \"6.2\"\n(0008,0020) := shiftDateByIncrement[(0008,0020), \"-30\", \"days\"]"),
    DE104(Severity.WARNING, "Variable never assigned",
            "A variable that is never assigned reads as null, so assignments from it silently do nothing (DicomEdit 4 refuses to run).",
            "version \"6.1\"\n(0010,0010) := patientLabel",
            "version \"6.1\"\npatientLabel := concatenate[subject, \"_anon\"]\n(0010,0010) := patientLabel"),
    DE105(Severity.WARNING, "External variable without a binding",
            "The script expects the host to supply this variable; without a value in the run configuration the statements using it do nothing.",
            "version \"6.1\"\ndescribe siteCode \"Site code\"\n(0012,0030) := siteCode",
            "version \"6.1\"\nsiteCode := \"SITE01\"\n(0012,0030) := siteCode"),
    DE106(Severity.ERROR, "Reserved word used as a variable name",
            "Keywords and the single letters x and X cannot name variables; the script does not parse.",
            "version \"6.1\"\necho := (0010,0010)",
            "version \"6.1\"\nname := (0010,0010)"),
    DE107(Severity.WARNING, "Procedure used as a value",
            "Procedures such as removeTags return nothing; assigning or echoing their result is a runtime error.",
            "version \"6.6\"\n(0010,0010) := removeTags[(0010,1040)]",
            "version \"6.6\"\nremoveTags[(0010,1040)]"),
    DE108(Severity.WARNING, "Boolean and string mixed up",
            "A string used as a condition is true only when its text is \"true\", and a boolean passed to a string function is the text true/false: usually a mistake.",
            "version \"6.7\"\nlowercase[(0010,0040)] ? -(0010,0040)",
            "version \"6.7\"\nisPresent[(0010,0040)] ? -(0010,0040)"),
    // Tags and paths
    DE201(Severity.ERROR, "Malformed tag",
            "A tag is exactly four plus four hex digits or wildcards in parentheses; anything else does not parse.",
            "-(0010,001)",
            "-(0010,0010)"),
    DE202(Severity.ERROR, "Group ends with a wildcard X",
            "The last group digit decides public or private, so X cannot stand there; use @ for even (public) groups.",
            "version \"6.1\"\n-(60XX,3000)",
            "version \"6.1\"\n-(60X@,3000)"),
    DE203(Severity.ERROR, "Numeric private tag in DicomEdit 6",
            "DicomEdit 6 addresses private elements through their creator; a numeric odd-group tag does not parse.",
            "version \"6.1\"\n-(2001,1019)",
            "version \"6.1\"\n-(2001,{Philips Imaging DD 001}19)"),
    DE204(Severity.ERROR, "Invalid private creator",
            "A creator name starts with a letter and holds letters, digits, blanks and - _ . : only, and only odd groups have creators.",
            "version \"6.1\"\n-(0010,{ACME}10)",
            "version \"6.1\"\n-(0011,{ACME}10)"),
    DE205(Severity.ERROR, "Invalid item index",
            "Sequence item indexes are non-negative integers (0-based) or % for every item.",
            "version \"6.1\"\n-(0008,1140)[-1]/(0008,1155)",
            "version \"6.1\"\n-(0008,1140)[0]/(0008,1155)"),
    DE206(Severity.ERROR, "Wildcard path as an assignment target",
            "An assignment writes one element; a path matching several is a runtime error. Use ?= to change every existing match.",
            "version \"6.3\"\n*/(0008,0090) := \"\"",
            "version \"6.3\"\n*/(0008,0090) ?= \"\""),
    DE207(Severity.ERROR, "Wildcard path used as a value",
            "Reading a value needs exactly one element; a path matching several is a runtime error.",
            "version \"6.1\"\n(0010,4000) := (0008,1140)[%]/(0008,1155)",
            "version \"6.1\"\n(0010,4000) := (0008,1140)[0]/(0008,1155)"),
    DE208(Severity.WARNING, "Tag not in the DICOM dictionary",
            "A public tag missing from the DICOM dictionary is most often a typo, so the intended element stays untouched (retired tags are only noted).",
            "-(0010,0031)",
            "-(0010,0030)"),
    DE209(Severity.WARNING, "Malformed direct-notation path string",
            "set and delete take plain (gggg,eeee)[n] steps with hex digits only; wildcards and creator names are not understood there.",
            "version \"6.2\"\nset[\"(0010,XXXX)\", \"ANON\"]",
            "version \"6.2\"\nset[\"(0010,0010)\", \"ANON\"]"),
    DE210(Severity.INFO, "File meta group modified",
            "XNAT re-copies (0002,0002)/(0002,0003) from (0008,0016)/(0008,0018) after the script, so edits there may not stick.",
            "(0002,0003) := \"1.2.3\"",
            "(0008,0018) := \"1.2.3\""),
    // Versions and dialects
    DE301(Severity.WARNING, "DicomEdit 6 syntax without a version line",
            "Without a version line XNAT runs the script as DicomEdit 4, where DicomEdit 6 syntax is an error.",
            "project != \"Unassigned\" ? (0008,1030) := project",
            "version \"6.1\"\nproject != \"Unassigned\" ? (0008,1030) := project"),
    DE302(Severity.ERROR, "Unsupported or undetected version statement",
            "XNAT supports exactly 6.0 to 6.7 and detects the version only on a line that is exactly version \"6.x\"; otherwise the script fails or runs as DicomEdit 4.",
            "version \"6.10\"\n-(0010,0030)",
            "version \"6.1\"\n-(0010,0030)"),
    DE303(Severity.WARNING, "Feature newer than the declared version",
            "Older XNAT servers that only know the declared version reject features introduced later.",
            "version \"6.1\"\nremoveTags[(0010,1040)]",
            "version \"6.6\"\nremoveTags[(0010,1040)]"),
    DE304(Severity.WARNING, "Repeated or misplaced version statement",
            "Only the first line of the form version \"6.x\" selects the dialect; later or repeated ones confuse readers and tools.",
            "-(0010,0030)\nversion \"6.1\"",
            "version \"6.1\"\n-(0010,0030)"),
    // Semantics and style
    DE401(Severity.WARNING, "Malformed format pattern",
            "format uses Java MessageFormat: a single quote starts a quoted section and {n} must name a supplied argument.",
            "version \"6.1\"\n(0010,0010) := format[\"O'Brien {0}\", subject]",
            "version \"6.1\"\n(0010,0010) := format[\"O''Brien {0}\", subject]"),
    DE402(Severity.WARNING, "Regular expression does not compile",
            "An invalid Java regular expression is a runtime error when the condition or function runs.",
            "version \"6.1\"\n(0008,0060) ~ \"(CT|MR\" ? -(0008,0080)",
            "version \"6.1\"\n(0008,0060) ~ \"(CT|MR)\" ? -(0008,0080)"),
    DE403(Severity.INFO, "Regex match where a comparison was meant",
            "~ is a whole-value regex match; with no regex characters in the pattern = says the same more plainly.",
            "version \"6.1\"\n(0008,0060) ~ \"MR\" ? -(0008,0080)",
            "version \"6.1\"\n(0008,0060) = \"MR\" ? -(0008,0080)"),
    DE404(Severity.WARNING, "Variable assigned only on some branches",
            "When no branch assigns it the variable reads as null (or keeps a value from the previous file in XNAT), so later statements silently misbehave.",
            "version \"6.4\"\nif ((0008,0060) = \"MR\") {\n    label := \"mr\"\n}\n(0008,103E) := label",
            "version \"6.4\"\nlabel := \"other\"\nif ((0008,0060) = \"MR\") {\n    label := \"mr\"\n}\n(0008,103E) := label"),
    DE405(Severity.WARNING, "List assigned to a tag or compared",
            "A list has no defined text form, so writing it into an element or comparing it gives unspecified results.",
            "version \"6.6\"\n(0010,0010) := {\"A\", \"B\"}",
            "version \"6.6\"\n(0010,0010) := concatenate[\"A\", \"B\"]"),
    DE406(Severity.WARNING, "Statement without effect",
            "In DicomEdit 4 the first statement on an element wins, so later ones are ignored; in DicomEdit 6 a value that is overwritten before it is read is lost.",
            "(0010,0010) := \"ANON\"\n(0010,0010) := subject",
            "(0010,0010) := subject"),
    DE407(Severity.INFO, "Copy of an element that may be absent",
            "Copying a missing element does nothing in DicomEdit 6 but writes an empty value in DicomEdit 4; be sure which you want.",
            "version \"6.1\"\n(0010,4000) := (0040,0275)[0]/(0032,1060)",
            "version \"6.7\"\nisPresent[(0040,0275)[0]/(0032,1060)] ? (0010,4000) := (0040,0275)[0]/(0032,1060)"),
    DE408(Severity.WARNING, "Private tags used after removeAllPrivateTags",
            "After removeAllPrivateTags no private element is left, so later reads find nothing and retained blocks are already gone.",
            "version \"6.3\"\nremoveAllPrivateTags\nretainPrivateTags[\"(0019,{SIEMENS MR HEADER}XX)\"]",
            "version \"6.3\"\nretainPrivateTags[\"(0019,{SIEMENS MR HEADER}XX)\"]"),
    DE409(Severity.INFO, "getURL needs network consent",
            "getURL fetches over the network; test-runs perform it only when network access is allowed.",
            "version \"6.1\"\n(0012,0063) := getURL[\"https://xnat.example.org/data/config/anon/method\"]",
            "version \"6.1\"\n(0012,0063) := \"Site anonymization v1\""),
    DE410(Severity.WARNING, "Double hashing",
            "Hashing an already hashed UID gives a different UID than every other file hashed once, breaking references between files.",
            "version \"6.6\"\nhashUIDList[{(0020,000D)}]\n(0020,000D) := hashUID[(0020,000D)]",
            "version \"6.6\"\nhashUIDList[{(0020,000D)}]");

    private final Severity defaultSeverity;
    private final String title;
    private final String rationale;
    private final String wrongExample;
    private final String rightExample;

    DiagnosticCode(Severity defaultSeverity, String title, String rationale, String wrongExample, String rightExample) {
        this.defaultSeverity = defaultSeverity;
        this.title = title;
        this.rationale = rationale;
        this.wrongExample = wrongExample;
        this.rightExample = rightExample;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String title() {
        return title;
    }

    /** Why the finding matters, in one or two sentences. */
    public String rationale() {
        return rationale;
    }

    /** A complete DicomEdit script that triggers this code. */
    public String wrongExample() {
        return wrongExample;
    }

    /** The same script written so that the code no longer applies. */
    public String rightExample() {
        return rightExample;
    }
}
