package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.script.Condition;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.PathStep;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;

/**
 * Checks of what statements do to the dataset: statements without effect (DE406), copies of elements
 * that may be absent (DE407), private tags after {@code removeAllPrivateTags} (DE408) and double
 * hashing (DE410).
 */
final class EffectChecks {

    private final AnalysisContext ctx;

    private EffectChecks(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    static void run(AnalysisContext ctx) {
        EffectChecks checks = new EffectChecks(ctx);
        if (ctx.dialect == Dialect.DE4) {
            checks.firstWins();
        } else {
            checks.overwritten();
            checks.afterRemoveAllPrivate();
            checks.doubleHashing();
        }
        checks.absentCopies();
    }

    // ---- DE406, DE4: the first statement on an element wins (spec §13.2)

    private void firstWins() {
        List<Statement> unconditional = new ArrayList<>();
        for (Statement s : ctx.script.statements()) {
            Statement action = s instanceof Statement.Constrained c ? c.action() : s;
            Optional<TagPattern> target = singleTarget(action);
            if (target.isEmpty()) {
                continue;
            }
            for (Statement earlier : unconditional) {
                TagPattern before = singleTarget(earlier).orElseThrow();
                if (covers(before, target.get())) {
                    ctx.report(DiagnosticCode.DE406, action.range(), "DicomEdit 4 applies the first statement on "
                            + "an element: line " + (earlier.range().start().line() + 1) + " already sets "
                            + target.get().text() + ", so this one has no effect",
                            Map.of("shadowedBy", earlier.range().start().toString()));
                    break;
                }
            }
            if (action == s) {
                unconditional.add(s);
            }
        }
    }

    private static Optional<TagPattern> singleTarget(Statement s) {
        TagPath path = s instanceof Statement.TagAssignment a ? a.target()
                : s instanceof Statement.Deletion d ? d.target() : null;
        if (path != null && path.steps().size() == 1 && path.last() instanceof PathStep.TagStep t) {
            return Optional.of(t.tag());
        }
        return Optional.empty();
    }

    /** Whether {@code earlier} addresses every element {@code later} does. */
    private static boolean covers(TagPattern earlier, TagPattern later) {
        if (earlier.creator().isPresent() || later.creator().isPresent()) {
            return earlier.text().equals(later.text());
        }
        Optional<Integer> exact = later.exactTag();
        if (exact.isPresent()) {
            return earlier.matches(exact.get());
        }
        return earlier.text().equals(later.text());
    }

    // ---- DE406, DE6: a write overwritten before anything can read it

    private void overwritten() {
        List<Statement> top = ctx.script.statements();
        for (int i = 0; i < top.size(); i++) {
            if (!(top.get(i) instanceof Statement.TagAssignment first) || first.ifExists()
                    || !first.target().isSingular()) {
                continue;
            }
            String key = pathKey(first.target());
            TagPattern tag = ((PathStep.TagStep) first.target().last()).tag();
            for (int j = i + 1; j < top.size(); j++) {
                Statement later = top.get(j);
                if (overwrites(later, key, tag)) {
                    ctx.report(DiagnosticCode.DE406, first.range(), "line " + (later.range().start().line() + 1)
                            + " overwrites " + tag.text() + " before anything reads it, so this statement has no "
                            + "effect", Map.of("overwrittenBy", later.range().start().toString()));
                    break;
                }
                if (mayTouch(later, tag)) {
                    break;
                }
            }
        }
    }

    private boolean overwrites(Statement later, String key, TagPattern tag) {
        if (mayRead(later, tag)) {
            return false;
        }
        if (later instanceof Statement.Deletion d) {
            return pathKey(d.target()).equals(key)
                    || d.target().steps().size() == 1 && d.target().last() instanceof PathStep.TagStep t
                    && key.indexOf('/') < 0 && covers(t.tag(), tag);
        }
        if (later instanceof Statement.TagAssignment a && !a.ifExists() && pathKey(a.target()).equals(key)) {
            // only a value that cannot be null surely overwrites (a null copy is a no-op in DE6)
            return a.value() instanceof Expression.StringLiteral || a.value() instanceof Expression.NumberLiteral
                    || a.value() instanceof Expression.FunctionCall f && f.name().name().equals("newUID");
        }
        return false;
    }

    /** Conservative: anything that might read or change the element, or the dataset at large. */
    private boolean mayTouch(Statement s, TagPattern tag) {
        if (!(s instanceof Statement.TagAssignment || s instanceof Statement.Deletion
                || s instanceof Statement.VariableAssignment || s instanceof Statement.Describe
                || s instanceof Statement.Export || s instanceof Statement.Version)) {
            return true;
        }
        boolean[] touched = {false};
        Nodes.forEachPath(s, p -> touched[0] |= p.steps().stream().anyMatch(st -> !(st instanceof PathStep.TagStep t)
                || overlap(t.tag(), tag)));
        Nodes.forEachExpressionDeep(s, e -> touched[0] |= e instanceof Expression.FunctionCall f
                && Functions.lookup(f.name().name(), Dialect.DE6).map(spec -> spec.returns() == ReturnKind.VOID
                        || spec.parameters().stream().anyMatch(p -> p.kind().takesPathAsPattern()
                                || p.kind() == ParameterKind.DIRECT_PATH)).orElse(true));
        return touched[0];
    }

    private boolean mayRead(Statement s, TagPattern tag) {
        boolean[] read = {false};
        Nodes.forEachExpressionDeep(s, e -> read[0] |= e instanceof Expression.PathExpr p
                && p.path().steps().stream().anyMatch(st -> !(st instanceof PathStep.TagStep t) || overlap(t.tag(), tag))
                || e instanceof Expression.FunctionCall f && Functions.lookup(f.name().name(), Dialect.DE6).isEmpty());
        return read[0];
    }

    private static boolean overlap(TagPattern a, TagPattern b) {
        if (a.creator().isPresent() || b.creator().isPresent()) {
            return a.group().equals(b.group()) || a.hasWildcards() || b.hasWildcards();
        }
        Optional<Integer> exact = b.exactTag();
        if (exact.isPresent()) {
            return a.matches(exact.get());
        }
        Optional<Integer> other = a.exactTag();
        return other.map(b::matches).orElse(true);
    }

    // ---- DE408

    private void afterRemoveAllPrivate() {
        boolean removed = false;
        for (Statement s : ctx.script.statements()) {
            if (removed) {
                Nodes.forEachPath(s, p -> {
                    if (p.steps().stream().anyMatch(st -> st instanceof PathStep.TagStep t && t.tag().isPrivate())) {
                        ctx.report(DiagnosticCode.DE408, p.range(), "removeAllPrivateTags already deleted every "
                                + "private element; move this statement before it");
                    }
                });
                Nodes.forEachExpressionDeep(s, e -> {
                    if (e instanceof Expression.FunctionCall f && f.name().name().equals("retainPrivateTags")) {
                        ctx.report(DiagnosticCode.DE408, f.range(), "nothing private is left to retain after "
                                + "removeAllPrivateTags; use retainPrivateTags instead of it");
                    }
                });
            }
            removed |= s instanceof Statement.RemoveAllPrivateTags;
        }
    }

    // ---- DE410

    private void doubleHashing() {
        Set<String> hashedPaths = new HashSet<>();
        List<TagPath> hashedPatterns = new ArrayList<>();
        Map<String, String> hashedVariables = new HashMap<>();
        Nodes.forEachStatement(ctx.script.statements(), s -> {
            Nodes.ownConditions(s).forEach(c -> Nodes.operands(c).forEach(e -> hashCalls(e, hashedPaths,
                    hashedPatterns, hashedVariables)));
            Nodes.ownExpressions(s).forEach(e -> hashCalls(e, hashedPaths, hashedPatterns, hashedVariables));
            if (s instanceof Statement.TagAssignment a) {
                String key = pathKey(a.target());
                if (isHashOf(a.value(), key) || a.value() instanceof Expression.VariableRef v
                        && key.equals(hashedVariables.get(ctx.variables.key(v.name().name())))) {
                    hashedPaths.add(key);
                } else {
                    hashedPaths.remove(key);
                }
            } else if (s instanceof Statement.Deletion d) {
                hashedPaths.remove(pathKey(d.target()));
            } else if (s instanceof Statement.VariableAssignment a) {
                String var = ctx.variables.key(a.name().name());
                if (a.value() instanceof Expression.FunctionCall f && f.name().name().equals("hashUID")
                        && !f.args().isEmpty() && f.args().get(0) instanceof Expression.PathExpr p) {
                    hashedVariables.put(var, pathKey(p.path()));
                } else if (a.value() instanceof Expression.FunctionCall f && f.name().name().equals("hashUID")) {
                    hashedVariables.put(var, "");
                } else {
                    hashedVariables.remove(var);
                }
            }
        });
    }

    private void hashCalls(Expression root, Set<String> hashedPaths, List<TagPath> hashedPatterns,
            Map<String, String> hashedVariables) {
        Nodes.forEachExpression(root, e -> {
            if (!(e instanceof Expression.FunctionCall f) || f.args().isEmpty()) {
                return;
            }
            if (f.name().name().equals("hashUID")) {
                Expression arg = f.args().get(0);
                boolean twice = arg instanceof Expression.PathExpr p && alreadyHashed(p.path(), hashedPaths, hashedPatterns)
                        || arg instanceof Expression.VariableRef v && hashedVariables.containsKey(ctx.variables.key(v.name().name()))
                        || arg instanceof Expression.FunctionCall inner && inner.name().name().equals("hashUID");
                if (twice) {
                    ctx.report(DiagnosticCode.DE410, f.range(), "this value has already been hashed earlier in the "
                            + "script; hashing it again gives a UID that no singly hashed file shares");
                }
            } else if (f.name().name().equals("hashUIDList")) {
                List<TagPath> paths = new ArrayList<>();
                f.args().forEach(a -> collectPaths(a, paths));
                for (TagPath p : paths) {
                    if (alreadyHashed(p, hashedPaths, hashedPatterns)) {
                        ctx.report(DiagnosticCode.DE410, p.range(), "this element has already been hashed earlier "
                                + "in the script; hashing it again breaks references between files");
                    }
                }
                hashedPatterns.addAll(paths);
            }
        });
    }

    private static void collectPaths(Expression e, List<TagPath> out) {
        if (e instanceof Expression.PathExpr p) {
            out.add(p.path());
        } else if (e instanceof Expression.ListExpr l) {
            l.entries().forEach(x -> collectPaths(x, out));
        }
    }

    private static boolean alreadyHashed(TagPath path, Set<String> hashedPaths, List<TagPath> hashedPatterns) {
        String key = pathKey(path);
        if (hashedPaths.contains(key)) {
            return true;
        }
        for (TagPath pattern : hashedPatterns) {
            if (pathKey(pattern).equals(key) || coversAtAnyDepth(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** {@code * /(tag)} hashes the tag at the top level and at every depth. */
    private static boolean coversAtAnyDepth(TagPath pattern, TagPath path) {
        return pattern.steps().size() == 2 && pattern.steps().get(0) instanceof PathStep.LevelWildcard w
                && w.level() == PathStep.Level.ANY && pattern.last() instanceof PathStep.TagStep pt
                && path.last() instanceof PathStep.TagStep t && covers(pt.tag(), t.tag());
    }

    private static boolean isHashOf(Expression value, String key) {
        return value instanceof Expression.FunctionCall f && f.name().name().equals("hashUID") && !f.args().isEmpty()
                && f.args().get(0) instanceof Expression.PathExpr p && pathKey(p.path()).equals(key);
    }

    // ---- DE407

    private void absentCopies() {
        for (Statement top : ctx.script.statements()) {
            absentCopies(top, List.of());
        }
    }

    private void absentCopies(Statement s, List<Condition> guards) {
        if (s instanceof Statement.TagAssignment a && !a.ifExists() && a.value() instanceof Expression.PathExpr p
                && p.path().isSingular() && !guarded(p.path(), guards)) {
            String what = ctx.dialect == Dialect.DE6 ? "does nothing (the target keeps its value)"
                    : "writes an empty value";
            ctx.report(DiagnosticCode.DE407, p.range(), "if " + pathKey(p.path()) + " is absent this copy " + what
                    + "; guard it with a condition if that matters");
        }
        List<Condition> inner = new ArrayList<>(guards);
        inner.addAll(Nodes.ownConditions(s));
        if (s instanceof Statement.InlineIf i) {
            absentCopies(i.then(), inner);
            i.otherwise().ifPresent(o -> absentCopies(o, guards));
        } else if (s instanceof Statement.IfChain c) {
            c.branches().forEach(b -> b.block().statements().forEach(x -> absentCopies(x, inner)));
            c.otherwise().ifPresent(b -> b.statements().forEach(x -> absentCopies(x, guards)));
        } else if (s instanceof Statement.Constrained c) {
            absentCopies(c.action(), inner);
        }
    }

    private static boolean guarded(TagPath path, List<Condition> guards) {
        String key = pathKey(path);
        boolean[] found = {false};
        for (Condition c : guards) {
            Nodes.operands(c).forEach(e -> Nodes.forEachExpression(e, x -> found[0] |= x instanceof Expression.PathExpr p
                    && pathKey(p.path()).equals(key)));
        }
        return found[0];
    }

    /** A path's canonical text (steps as written, upper-case hex), used to compare paths. */
    static String pathKey(TagPath path) {
        StringBuilder key = new StringBuilder();
        for (PathStep step : path.steps()) {
            if (key.length() > 0) {
                key.append('/');
            }
            if (step instanceof PathStep.TagStep t) {
                key.append(t.tag().text());
                t.item().ifPresent(i -> key.append('[').append(i.index().map(String::valueOf).orElse("%")).append(']'));
            } else if (step instanceof PathStep.LevelWildcard w) {
                key.append(w.level().symbol());
            }
        }
        return key.toString();
    }
}
