package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anonscript.script.Condition;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.PathStep;
import org.anonscript.script.Range;
import org.anonscript.script.Script;
import org.anonscript.script.SourceText;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;

/**
 * The DE6 language features a script uses, each with the version that first has it (spec §14). Drives
 * DE303 and the version a DE301 quick fix inserts.
 */
public final class VersionFeatures {

    /** The versions XNAT's DE6 engine accepts (spec §1). */
    public static final List<String> SUPPORTED = List.of("6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7");

    /** One use of a versioned feature. */
    public record Feature(String description, String since, Range range) {
    }

    private VersionFeatures() {
    }

    /** Every versioned feature the DE6 script uses, in source order. */
    public static List<Feature> of(Script script, SourceText source) {
        return collect(script, source, "");
    }

    /** The versioned features the DE6 script uses that need a version newer than {@code declared}. */
    public static List<Feature> newerThan(Script script, SourceText source, String declared) {
        if (!newer(SUPPORTED.get(SUPPORTED.size() - 1), declared)) {
            return List.of(); // nothing is newer than the newest version: skip the walk
        }
        return collect(script, source, declared);
    }

    private static List<Feature> collect(Script script, SourceText source, String floor) {
        Features features = new Features(floor);
        if (script.dialect() != Dialect.DE6) {
            return features.list;
        }
        for (Statement top : script.statements()) {
            Nodes.forEachStatement(top, s -> statement(s, features));
            Nodes.forEachExpressionDeep(top, e -> expression(e, features));
            Nodes.forEachPath(top, p -> path(p, features));
        }
        continuations(source, features);
        features.list.sort(Comparator.comparingInt(f -> f.range().start().offset()));
        return features.list;
    }

    /** The features found so far, keeping only those newer than {@code floor}. */
    private static final class Features {
        final List<Feature> list = new ArrayList<>();
        final String floor;

        Features(String floor) {
            this.floor = floor;
        }

        boolean wanted(String since) {
            return newer(since, floor);
        }

        void add(Feature feature) {
            if (wanted(feature.since())) {
                list.add(feature);
            }
        }
    }

    /** The lowest version that has every feature used; 6.1 (XNAT's default) when nothing newer is needed. */
    public static String minimumVersion(List<Feature> features) {
        return features.stream().map(Feature::since).max(Comparator.naturalOrder())
                .filter(v -> v.compareTo("6.1") > 0).orElse("6.1");
    }

    static boolean newer(String since, String declared) {
        return since.compareTo(declared) > 0;
    }

    private static void statement(Statement s, Features out) {
        if (s instanceof Statement.TagAssignment a && a.ifExists()) {
            out.add(new Feature("?= (assign if exists)", "6.3", a.operatorRange()));
            if (!a.target().isSingular()) {
                out.add(new Feature("?= with a wildcard path", "6.5", a.target().range()));
            }
        } else if (s instanceof Statement.InlineIf i) {
            if (i.then() instanceof Statement.CallStatement c) {
                out.add(new Feature("a function call as a conditional action", "6.3", c.range()));
            }
            if (i.otherwise().orElse(null) instanceof Statement.CallStatement c) {
                out.add(new Feature("a function call as a conditional action", "6.3", c.range()));
            }
            condition(i.condition(), out);
        } else if (s instanceof Statement.IfChain c) {
            out.add(new Feature("if/elseif/else blocks", "6.4", c.branches().isEmpty() ? c.range()
                    : c.branches().get(0).keywordRange()));
            c.branches().forEach(b -> condition(b.condition(), out));
        }
    }

    private static void condition(Condition c, Features out) {
        if (c instanceof Condition.CallCondition call) {
            out.add(new Feature("a function call used as a condition", "6.7", call.range()));
        }
    }

    private static void expression(Expression e, Features out) {
        if (e instanceof Expression.FunctionCall f) {
            Optional<FunctionSpec> spec = Functions.lookup(f.name().name(), Dialect.DE6);
            spec.flatMap(FunctionSpec::since).ifPresent(v -> out.add(new Feature(f.name().name(), v, f.name().range())));
        } else if (e instanceof Expression.ListExpr l) {
            out.add(new Feature("lists { }", "6.6", l.range()));
        }
    }

    private static void path(TagPath p, Features out) {
        if (!out.wanted("6.3")) {
            return;
        }
        for (PathStep step : p.steps()) {
            if (step instanceof PathStep.LevelWildcard w) {
                out.add(new Feature("level wildcard " + w.level().symbol(), "6.3", w.range()));
            }
        }
    }

    /** Line continuation: a backslash as the very last character of a line (spec §2.1). */
    private static void continuations(SourceText source, Features out) {
        if (!out.wanted("6.6")) {
            return;
        }
        for (int line = 0; line < source.lineCount(); line++) {
            String text = source.line(line);
            if (text.endsWith("\\") && line + 1 < source.lineCount()) {
                int offset = source.offsetAt(line, text.length() - 1);
                out.add(new Feature("line continuation with \\", "6.6", source.range(offset, offset + 1)));
            }
        }
    }
}
