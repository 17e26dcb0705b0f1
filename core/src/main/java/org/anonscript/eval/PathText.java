package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.ParseResult;
import org.anonscript.script.PathStep;
import org.anonscript.script.Range;
import org.anonscript.script.ScriptParser;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;

/** Tag paths written as strings: DE6 path syntax (spec §3.4, e.g. {@code "*\/(0065,{AE 2}XX)"}) and direct notation. */
final class PathText {

    private static final Pattern DIRECT_STEP = Pattern.compile(
            "\\s*\\(\\s*([0-9A-Fa-f]{4})\\s*,\\s*([0-9A-Fa-f]{4})\\s*\\)\\s*(?:\\[\\s*(\\d+)\\s*\\])?\\s*");

    private PathText() {
    }

    /** The path as a user writes it. */
    static String of(TagPath path) {
        StringBuilder sb = new StringBuilder();
        for (PathStep step : path.steps()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            if (step instanceof PathStep.LevelWildcard w) {
                sb.append(w.level().symbol());
            } else if (step instanceof PathStep.TagStep t) {
                sb.append(t.tag().text());
                t.item().ifPresent(i -> sb.append('[').append(i.index().map(String::valueOf).orElse("%")).append(']'));
            }
        }
        return sb.toString();
    }

    /** A string holding a DE6 tag path; parsed with the same grammar as scripts. */
    static TagPath parseDe6(String text) {
        ParseResult result = ScriptParser.parse("-" + text, Dialect.DE6);
        List<Statement> statements = result.script().statements();
        boolean errors = result.diagnostics().stream()
                .anyMatch(d -> d.severity() == org.anonscript.analysis.Severity.ERROR);
        if (errors || statements.size() != 1 || !(statements.get(0) instanceof Statement.Deletion deletion)) {
            throw new EvaluationException("\"" + text + "\" is not a tag path");
        }
        return deletion.target();
    }

    /**
     * Direct notation for {@code set}/{@code delete} (spec §3.4): {@code "(gggg,eeee)"} steps with optional
     * {@code [n]}, hex digits only, private elements numeric.
     */
    static TagPath parseDirect(String text) {
        if (text == null) {
            throw new EvaluationException("the tag path is null");
        }
        List<PathStep> steps = new ArrayList<>();
        for (String part : text.split("/", -1)) {
            Matcher m = DIRECT_STEP.matcher(part);
            if (!m.matches()) {
                throw new EvaluationException("\"" + text + "\" is not a tag path in direct notation, e.g. \"(0040,0275)[0]/(0040,0009)\"");
            }
            TagPattern tag = new TagPattern(m.group(1), m.group(2), Optional.empty(), Range.EMPTY);
            Optional<Expression.ItemSelector> item = m.group(3) == null ? Optional.empty()
                    : Optional.of(new Expression.ItemSelector(Optional.of(Integer.parseInt(m.group(3))), Range.EMPTY));
            steps.add(new PathStep.TagStep(tag, item, Range.EMPTY));
        }
        return new TagPath(steps, Range.EMPTY);
    }
}
