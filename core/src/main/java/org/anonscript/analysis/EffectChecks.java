package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
        // indexed so that long scripts stay linear: exact tags by number, patterns (rare) in a list
        Map<Integer, Statement> exactTargets = new HashMap<>();
        Map<String, Statement> otherTargets = new HashMap<>();
        List<Map.Entry<TagPattern, Statement>> patterns = new ArrayList<>();
        for (Statement s : ctx.script.statements()) {
            Statement action = s instanceof Statement.Constrained c ? c.action() : s;
            Optional<TagPattern> target = singleTarget(action);
            if (target.isEmpty()) {
                continue;
            }
            TagPattern tag = target.get();
            Optional<Integer> exact = tag.exactTag();
            Statement earlier = exact.map(exactTargets::get).orElse(otherTargets.get(tag.text()));
            if (earlier == null && exact.isPresent()) {
                earlier = patterns.stream().filter(p -> p.getKey().matches(exact.get())).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            if (earlier != null) {
                ctx.report(DiagnosticCode.DE406, action.range(), "DicomEdit 4 applies the first statement on "
                        + "an element: line " + (earlier.range().start().line() + 1) + " already "
                        + (earlier instanceof Statement.Deletion ? "deletes " : "sets ")
                        + tag.text() + ", so this one has no effect",
                        Map.of("shadowedBy", earlier.range().start().toString()));
            }
            if (action == s) {
                if (exact.isPresent()) {
                    exactTargets.putIfAbsent(exact.get(), s);
                } else {
                    otherTargets.putIfAbsent(tag.text(), s);
                    if (tag.creator().isEmpty()) {
                        patterns.add(Map.entry(tag, s));
                    }
                }
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

    /**
     * One forward pass: top-level {@code :=} writes stay "pending" until something may read or change
     * their element (then they are dropped) or a later statement surely overwrites them (then DE406).
     * Pending writes are indexed by every tag on their path, so the pass stays linear.
     */
    private void overwritten() {
        Map<String, Statement.TagAssignment> pending = new LinkedHashMap<>();
        Map<Object, Set<String>> pendingByTag = new HashMap<>();
        List<Statement> tops = ctx.script.statements();
        for (int index = 0; index < tops.size(); index++) {
            Statement s = tops.get(index);
            List<Expression> expressions = ctx.nodes.expressionsOf(index);
            if (broad(s, expressions)) {
                pending.clear();
                pendingByTag.clear();
                continue;
            }
            boolean[] wildcardRead = {false};
            for (Expression e : expressions) {
                if (e instanceof Expression.PathExpr p) {
                    for (PathStep step : p.path().steps()) {
                        Object key = stepKey(step);
                        if (key == null) {
                            wildcardRead[0] = true;
                        } else {
                            pendingByTag.getOrDefault(key, Set.of()).forEach(pending::remove);
                        }
                    }
                }
            }
            if (wildcardRead[0]) {
                pending.clear();
                pendingByTag.clear();
                continue;
            }
            TagPath target = s instanceof Statement.TagAssignment a ? a.target()
                    : s instanceof Statement.Deletion d ? d.target() : null;
            if (target == null) {
                continue;
            }
            List<String> hit = new ArrayList<>();
            String key = pathKey(target);
            if (pending.containsKey(key) && surelyOverwrites(s)) {
                hit.add(key);
            } else if (s instanceof Statement.Deletion d && d.target().steps().size() == 1
                    && d.target().last() instanceof PathStep.TagStep t && t.tag().hasWildcards()) {
                for (Map.Entry<String, Statement.TagAssignment> e : pending.entrySet()) {
                    if (e.getKey().indexOf('/') < 0 && e.getValue().target().last() instanceof PathStep.TagStep pt
                            && covers(t.tag(), pt.tag())) {
                        hit.add(e.getKey());
                    }
                }
            }
            for (String k : hit) {
                Statement.TagAssignment first = pending.remove(k);
                ctx.report(DiagnosticCode.DE406, first.range(), "line " + (s.range().start().line() + 1)
                        + " overwrites " + k + " before anything reads it, so this statement has no effect",
                        Map.of("overwrittenBy", s.range().start().toString()));
            }
            if (target.isSingular() || s instanceof Statement.TagAssignment a && a.ifExists()) {
                // a later write of any kind ends what an earlier pending one could tell us about this path
                pending.remove(key);
            } else {
                pending.clear();
                pendingByTag.clear();
                continue;
            }
            if (s instanceof Statement.TagAssignment a && !a.ifExists()) {
                pending.put(key, a);
                for (PathStep step : target.steps()) {
                    pendingByTag.computeIfAbsent(stepKey(step), k -> new HashSet<>()).add(key);
                }
            }
        }
    }

    /** Statements that may read or change anything: conditionals, calls, private sweeps, broken lines. */
    private static boolean broad(Statement s, List<Expression> expressions) {
        if (!(s instanceof Statement.TagAssignment || s instanceof Statement.Deletion
                || s instanceof Statement.VariableAssignment || s instanceof Statement.Describe
                || s instanceof Statement.Export || s instanceof Statement.Version)) {
            return true;
        }
        for (Expression e : expressions) {
            if (e instanceof Expression.FunctionCall f && !NARROW_FUNCTIONS.contains(f.name().name())) {
                return true;
            }
        }
        return false;
    }

    /** DE6 functions that neither change the dataset nor read elements by pattern or by a path string. */
    private static final Set<String> NARROW_FUNCTIONS = narrowFunctions();

    private static Set<String> narrowFunctions() {
        Set<String> narrow = new HashSet<>();
        for (FunctionSpec listed : Functions.all()) {
            Functions.lookup(listed.name(), Dialect.DE6).filter(spec -> spec.returns() != ReturnKind.VOID
                    && spec.parameters().stream().noneMatch(p -> p.kind().takesPathAsPattern()
                            || p.kind() == ParameterKind.DIRECT_PATH))
                    .ifPresent(spec -> narrow.add(spec.name()));
        }
        return Set.copyOf(narrow);
    }

    /** Only a value that cannot be null surely overwrites (a null copy is a no-op in DE6); deletions do. */
    private static boolean surelyOverwrites(Statement later) {
        if (later instanceof Statement.Deletion) {
            return true;
        }
        return later instanceof Statement.TagAssignment a && !a.ifExists()
                && (a.value() instanceof Expression.StringLiteral || a.value() instanceof Expression.NumberLiteral
                        || a.value() instanceof Expression.FunctionCall f && f.name().name().equals("newUID"));
    }

    /** An index key for a path step: the exact tag (an Integer), or group + creator; null for any wildcard. */
    private static Object stepKey(PathStep step) {
        if (!(step instanceof PathStep.TagStep t) || t.tag().hasWildcards()) {
            return null;
        }
        if (t.tag().isExact()) {
            return t.tag().exactTagValue();
        }
        return t.tag().creator().map(c -> t.tag().group() + "{" + c + "}").orElse(t.tag().group() + t.tag().element());
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
        HashedPatterns hashedPatterns = new HashedPatterns();
        Map<String, String> hashedVariables = new HashMap<>();
        for (Statement s : ctx.nodes.statements) {
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
        }
    }

    private void hashCalls(Expression root, Set<String> hashedPaths, HashedPatterns hashedPatterns,
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
                paths.forEach(hashedPatterns::add);
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

    /** The paths given to hashUIDList so far: their keys, and the {@code * /(tag)} ones apart (rare). */
    private static final class HashedPatterns {
        private final Set<String> keys = new HashSet<>();
        private final List<TagPath> anyDepth = new ArrayList<>();

        void add(TagPath pattern) {
            keys.add(pathKey(pattern));
            if (isAnyDepth(pattern)) {
                anyDepth.add(pattern);
            }
        }
    }

    private static boolean alreadyHashed(TagPath path, Set<String> hashedPaths, HashedPatterns hashedPatterns) {
        String key = pathKey(path);
        if (hashedPaths.contains(key) || hashedPatterns.keys.contains(key)) {
            return true;
        }
        for (TagPath pattern : hashedPatterns.anyDepth) {
            if (coversAtAnyDepth(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnyDepth(TagPath pattern) {
        return pattern.steps().size() == 2 && pattern.steps().get(0) instanceof PathStep.LevelWildcard w
                && w.level() == PathStep.Level.ANY && pattern.last() instanceof PathStep.TagStep;
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
        if (!(s instanceof Statement.InlineIf || s instanceof Statement.IfChain || s instanceof Statement.Constrained)) {
            return; // no nested statements
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
        return path.key();
    }
}
