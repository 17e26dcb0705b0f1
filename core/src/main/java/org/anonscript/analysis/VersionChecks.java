package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anonscript.script.Dialect;
import org.anonscript.script.ParseOptions;
import org.anonscript.script.ParseResult;
import org.anonscript.script.ScriptParser;
import org.anonscript.script.Statement;

/**
 * Checks of versions and dialects (spec §1, §14): DE6 syntax in a DE4 script (DE301), unsupported or
 * undetectable version lines (DE302), features newer than the declared version (DE303), repeated or
 * misplaced version statements (DE304).
 */
final class VersionChecks {

    /** XNAT's detector: the whole line is exactly {@code version "<digit><digits and dots>"} (spec §1). */
    private static final Pattern DETECTED = Pattern.compile("version \"[0-9][0-9.]+\"");

    private VersionChecks() {
    }

    static void run(AnalysisContext ctx) {
        if (ctx.dialect == Dialect.DE6) {
            de6(ctx);
        } else if (ctx.script.detectedVersion().isEmpty()) {
            de4(ctx);
        }
    }

    private static void de6(AnalysisContext ctx) {
        List<Statement.Version> versions = new ArrayList<>();
        for (Statement s : ctx.nodes.statements) {
            if (s instanceof Statement.Version v) {
                versions.add(v);
            }
        }
        for (int i = 0; i < versions.size(); i++) {
            Statement.Version v = versions.get(i);
            String value = v.version().value();
            if (!VersionFeatures.SUPPORTED.contains(value)) {
                ctx.report(DiagnosticCode.DE302, v.version().range(), "XNAT supports versions 6.0 to 6.7 only; \""
                        + value + "\" makes the whole script fail", Map.of("supported", String.join(",",
                                VersionFeatures.SUPPORTED)));
            } else if (!detectable(ctx, v)) {
                ctx.report(new Diagnostic(DiagnosticCode.DE302, Severity.WARNING, v.range(), undetectedMessage(),
                        Map.of("replacement", "version \"" + value + "\"")));
            }
            if (i > 0) {
                ctx.report(DiagnosticCode.DE304, v.range(), "the script already declares a version at line "
                        + (versions.get(0).range().start().line() + 1) + "; remove this one");
            } else if (ctx.script.statements().get(0) != v) {
                ctx.report(DiagnosticCode.DE304, v.range(), "put the version statement first, where readers and "
                        + "tools expect it", Map.of("moveToLine", "1"));
            }
        }
        Optional<String> declared = ctx.script.detectedVersion().filter(VersionFeatures.SUPPORTED::contains)
                .or(() -> versions.stream().map(v -> v.version().value()).filter(VersionFeatures.SUPPORTED::contains)
                        .findFirst());
        if (declared.isEmpty()) {
            return;
        }
        for (VersionFeatures.Feature f : VersionFeatures.newerThan(ctx.script, ctx.parsed.source(), declared.get())) {
            ctx.report(DiagnosticCode.DE303, f.range(), f.description() + " needs version " + f.since()
                    + " but the script declares " + declared.get() + "; older XNAT servers reject it",
                    Map.of("requiredVersion", f.since()));
        }
    }

    private static boolean detectable(AnalysisContext ctx, Statement.Version v) {
        int line = v.range().start().line();
        return line < ctx.parsed.source().lineCount() && DETECTED.matcher(ctx.parsed.source().line(line)).matches();
    }

    private static String undetectedMessage() {
        return "XNAT recognises the version only on a line that is exactly version \"6.x\" (no leading blanks, "
                + "no trailing comment); as written the script runs as DicomEdit 4";
    }

    /** A DE4 script: is it really a DE6 script whose version line is missing or undetected? */
    private static void de4(AnalysisContext ctx) {
        Optional<Diagnostic> firstError = ctx.parsed.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).findFirst();
        if (firstError.isEmpty()) {
            return;
        }
        ParseResult asDe6 = ScriptParser.parse(ctx.parsed.source().text(),
                new ParseOptions(Optional.of(Dialect.DE6), ctx.options.includeEnabled()));
        List<Statement.Version> versions = new ArrayList<>();
        Nodes.forEachStatement(asDe6.script().statements(), s -> {
            if (s instanceof Statement.Version v) {
                versions.add(v);
            }
        });
        for (Statement.Version v : versions) {
            ctx.report(new Diagnostic(DiagnosticCode.DE302, Severity.WARNING, v.range(), undetectedMessage(),
                    Map.of("replacement", "version \"" + v.version().value() + "\"")));
        }
        boolean de6Clean = asDe6.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR);
        if (versions.isEmpty() && de6Clean) {
            String version = VersionFeatures.minimumVersion(VersionFeatures.of(asDe6.script(), asDe6.source()));
            ctx.report(DiagnosticCode.DE301, firstError.get().range(), "this is DicomEdit 6 syntax, but without a "
                    + "version line XNAT runs the script as DicomEdit 4: add version \"" + version
                    + "\" as the first line", Map.of("insertVersion", "version \"" + version + "\""));
        }
    }
}
