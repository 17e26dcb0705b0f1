package org.anonscript.bench;

/**
 * Generates a large, valid DicomEdit 6.7 script that uses every construct: the version line, tag
 * assignment, {@code ?=}, deletion with every path form (item index, {@code [%]}, {@code * + .} level
 * wildcards, digit wildcards, private creators), variables and lists, every one of the 32 built-in
 * functions, {@code echo}, {@code describe}/{@code export}, inline conditionals, {@code if}/{@code elseif}/
 * {@code else} blocks and {@code removeAllPrivateTags}. Blocks of statements are repeated with varying
 * names and values until the requested number of statements is reached; nested statements count.
 */
public final class ScriptGenerator {

    /** The text and the exact number of statements it holds (nested ones included). */
    public record Generated(String text, int statements) {
    }

    private static final String[] PUBLIC_TAGS = {
        "(0010,0010)", "(0010,0020)", "(0008,0080)", "(0008,0081)", "(0008,1030)", "(0008,103E)",
        "(0010,1010)", "(0018,1030)", "(0020,0010)", "(0008,0050)", "(0032,1060)", "(0008,0090)",
    };

    /** Distinct variable names per family ({@code v0..}, {@code phi0..}); blocks reuse them in turn. */
    static final int VARIABLE_NAMES = 16;

    private final StringBuilder out = new StringBuilder();
    private int statements;

    private ScriptGenerator() {
    }

    /** A script of exactly {@code count} statements (at least one full block's worth, about 60). */
    public static Generated generate(int count) {
        ScriptGenerator g = new ScriptGenerator();
        g.raw("// generated benchmark script: every statement form, path form and built-in function");
        g.line("version \"6.7\"");
        g.line("siteName := \"SITE\"");
        g.line("describe siteName \"Site name\"");
        g.line("export siteName \"site\"");
        int last = count - 1; // removeAllPrivateTags closes the script
        for (int i = 0; ; i++) {
            int length = g.out.length();
            int before = g.statements;
            g.block(i);
            if (g.statements > last) {
                g.out.setLength(length);
                g.statements = before;
                break;
            }
        }
        g.raw("");
        for (int pad = 0; g.statements < last; pad++) {
            g.line(PUBLIC_TAGS[pad % PUBLIC_TAGS.length] + " := \"PAD" + pad + "\"");
        }
        g.line("removeAllPrivateTags");
        return new Generated(g.out.toString(), g.statements);
    }

    /** One statement on its own line (comments and blank lines are emitted with {@link #raw}). */
    private void line(String statement) {
        out.append(statement).append('\n');
        statements++;
    }

    private void raw(String text) {
        out.append(text).append('\n');
    }

    private void block(int i) {
        String tag = PUBLIC_TAGS[i % PUBLIC_TAGS.length];
        String other = PUBLIC_TAGS[(i + 5) % PUBLIC_TAGS.length];
        // like a real script, a bounded set of variable names, reassigned block after block
        String v = "v" + (i % VARIABLE_NAMES);
        String phi = "phi" + (i % VARIABLE_NAMES);
        raw("");
        raw("// block " + i);
        // assignments, assign-if-exists, reads through sequences
        line(tag + " := \"ANON" + i + "\"   // tag assignment");
        line(other + " ?= concatenate[project, \"_\", subject, \"" + i + "\"]");
        line("(0010,4000) := (0040,0275)[0]/(0032,1060)");
        line("(0040,A730)[" + (i % 4) + "]/(0040,A040) := \"TEXT\"");
        // deletions: plain, item, every item, level wildcards, digit wildcards, private creator
        line("-(0010,1040)");
        line("- (0008,1110)[" + (i % 3) + "]");
        line("-(0008,1140)[%]/(0008,1155)");
        line("-*/(0008,0090)");
        line("-+/(0008,0100)");
        line("-./(0010,0020)");
        line("-(50X@,#0XX)");
        line("-(0029,{SIEMENS CSA HEADER}1X)");
        line("(0019,{SIEMENS MR HEADER}0B) ?= \"0\"");
        // variables and lists
        line(phi + " := {");
        raw("    (0010,0030),       // birth date");
        raw("    {(0010,1040), (0010,2154)},");
        raw("    \"(0010,1000)\"");
        raw("}");
        line(v + " := format[\"{0}-{1}\", lowercase[(0008,0060)], replace[substring[\"ABCDEF\", 1, 4], \"C\", \"x\"]]");
        line(v + "u := uppercase[normalizeString[" + v + ", \"_\"]]");
        line(v + "m := match[(0010,0010), \"(A(B)?)+\", 2]");
        // every built-in function
        line("removeTags[" + phi + ", */(0008,0092)]");
        line("hashUIDList[{(0008,0018), */(0008,1155)}]");
        line("(0020,000D) := hashUID[(0020,000D)]");
        line("(0020,000E) := mapUID[(0020,000E), \"1.2.3." + i + "\"]");
        line("(0008,0018) := newUID[]");
        line("mapReferencedUIDs[\"1.2.840." + i + "\", \"*/(0008,1155)\"]");
        line("(0008,0020) := shiftDateByIncrement[(0008,0020), \"-" + (i % 365) + "\", \"days\"]");
        line("(0008,002A) := shiftDateTimeByIncrement[(0008,002A), \"" + i + "\"]");
        line("shiftDateTimeListByIncrement[{(0008,0030), */(0008,0032)}, \"-30\", \"minutes\"]");
        line("shiftDateTimeSequenceByIncrement[\"-2592000\", \"*/(0008,002A)\"]");
        line("scalePatientAgeAndDobFromStudyDate[]");
        line("set[\"(0040,0275)[0]/(0040,0009)\", \"STEP" + i + "\"]");
        line("delete[\"(2001,105F)[0]/(2005,10A3)\"]");
        line("retainPrivateTags[\"(0019,{SIEMENS MR HEADER}XX)\", (0029,{SIEMENS CSA HEADER}10)]");
        line("alterPixels[\"rectangle\", \"l=0, t=0, r=639, b=" + (40 + i % 40) + "\", \"solid\", \"v=0\"]");
        line(v + "c := collectValues[(0010,0010), \"" + v + "\"]");
        line("blankValues[" + v + "c]");
        line("(0008,0080) := lookup[\"sites\", siteName]");
        line("echo " + v);
        // conditions: inline, comparison and call conditions, if/elseif/else with nesting
        line("(0008,0070) ~ \"GE.*\" ? (0008,1090) := \"scanner A\" : (0008,1090) := \"scanner B\"");
        line("project != \"Unassigned\" ? (0008,1030) := project");
        line("isPresent[(0010,1010)] ? -(0010,0030)");
        line("ismatch[(0008,0020), \"\\\\d{8}\"] ? " + tag + " := \"DATED\"");
        line("true[] ? echo \"always\" : echo \"never\"");
        line("if ( (0008,0060) ~ \"CT|PT\" ) {");
        line("    -(0008,0080)");
        raw("} elseif ( (0008,0060) !~ \"MR|US\" ) {");
        line("    (0008,0081) := \"\"");
        line("    if ( false[] ) {");
        line("        reject[]");
        raw("    }");
        raw("} else {");
        line("    (0012,0063) := getURL[\"https://example.org/anon/method\"]");
        line("    reject[false[]]");
        raw("}");
    }
}
