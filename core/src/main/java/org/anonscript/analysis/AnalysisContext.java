package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.anonscript.script.Dialect;
import org.anonscript.script.ParseResult;
import org.anonscript.script.Range;
import org.anonscript.script.Script;

/** What every check of one analysis run shares: the input, the options, the variables and the findings. */
final class AnalysisContext {

    final ParseResult parsed;
    final Script script;
    final Dialect dialect;
    final AnalysisOptions options;
    final VariableAnalysis variables;
    final FlatScript nodes;
    private final List<Diagnostic> findings = new ArrayList<>();
    private final Map<String, Optional<String>> regexErrors = new HashMap<>();

    AnalysisContext(ParseResult parsed, AnalysisOptions options, VariableAnalysis variables) {
        this.parsed = parsed;
        this.script = parsed.script();
        this.dialect = parsed.script().dialect();
        this.options = options;
        this.variables = variables;
        this.nodes = new FlatScript(parsed.script());
    }

    void report(DiagnosticCode code, Range range, String message) {
        findings.add(Diagnostic.of(code, range, message));
    }

    void report(DiagnosticCode code, Range range, String message, Map<String, String> data) {
        findings.add(Diagnostic.of(code, range, message, data));
    }

    void report(Diagnostic diagnostic) {
        findings.add(diagnostic);
    }

    List<Diagnostic> findings() {
        return findings;
    }

    /** Host variables and the run configuration's bindings are always supplied. */
    boolean isSupplied(String name) {
        String key = variables.key(name);
        return AnalysisOptions.HOST_VARIABLES.stream().anyMatch(h -> variables.key(h).equals(key))
                || options.boundVariables().stream().anyMatch(b -> variables.key(b).equals(key));
    }

    /** A {@code MessageFormat} pattern parsed once: its error, or how many arguments it uses. */
    record FormatPattern(Optional<String> error, int arguments) {
    }

    private final Map<String, FormatPattern> formatPatterns = new HashMap<>();

    /** What {@code MessageFormat} makes of a pattern, parsed once per distinct pattern. */
    FormatPattern formatPattern(String pattern) {
        return formatPatterns.computeIfAbsent(pattern, p -> {
            try {
                return new FormatPattern(Optional.empty(),
                        new java.text.MessageFormat(p, java.util.Locale.ROOT).getFormatsByArgumentIndex().length);
            } catch (IllegalArgumentException e) {
                return new FormatPattern(Optional.of(String.valueOf(e.getMessage())), 0);
            }
        });
    }

    /** The compile error of a Java regex, compiled once per distinct pattern. */
    Optional<String> regexError(String regex) {
        return regexErrors.computeIfAbsent(regex, r -> {
            try {
                Pattern.compile(r);
                return Optional.empty();
            } catch (PatternSyntaxException e) {
                return Optional.of(e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
            }
        });
    }

    /** Whether the parser already reported this code at this range (some rules are shared with it). */
    boolean parserReported(DiagnosticCode code, Range range) {
        return parsed.diagnostics().stream().anyMatch(d -> d.code() == code && d.range().equals(range));
    }
}
