package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anonscript.script.ParseOptions;
import org.anonscript.script.ParseResult;
import org.anonscript.script.ScriptParser;

/** The one front-end pipeline every face calls: parse, analyze, apply configured severities, sort. */
public final class Linter {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.range().start().offset())
            .thenComparingInt(d -> d.range().end().offset())
            .thenComparing(d -> d.code().name());

    private Linter() {
    }

    public static LintResult lint(String text, AnalysisOptions options) {
        ParseResult parsed = ScriptParser.parse(text, new ParseOptions(options.dialect(), options.includeEnabled()));
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        VariableAnalysis variables = VariableAnalysis.of(parsed.script());
        all.addAll(Analyzer.analyze(parsed, options, variables));
        List<Diagnostic> configured = new ArrayList<>(all.size());
        for (Diagnostic d : all) {
            Severity override = options.severityOverrides().get(d.code());
            configured.add(override == null ? d : d.withSeverity(override));
        }
        configured.sort(ORDER);
        return new LintResult(parsed, configured, variables);
    }
}
