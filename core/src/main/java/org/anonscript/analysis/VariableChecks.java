package org.anonscript.analysis;

import org.anonscript.script.Keywords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anonscript.script.Condition;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.Identifier;
import org.anonscript.script.Statement;

/**
 * Checks of variables: never assigned (DE104), external without a binding (DE105), reserved names
 * (DE106, unless the parser reported it), assigned only on some branches (DE404) and DE4's single
 * initialisation (reported as DE406).
 */
final class VariableChecks {

    private final AnalysisContext ctx;
    private final Set<String> reportedDe404 = new HashSet<>();

    private VariableChecks(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    static void run(AnalysisContext ctx) {
        VariableChecks checks = new VariableChecks(ctx);
        checks.externals();
        checks.reservedNames();
        if (ctx.dialect == Dialect.DE6) {
            checks.flow(ctx.script.statements(), new HashSet<>(), new HashSet<>(), new ArrayList<>());
        } else {
            checks.singleInitialisation();
        }
    }

    private void externals() {
        for (VariableAnalysis.Variable v : ctx.variables.variables()) {
            if (ctx.isSupplied(v.name()) || v.reads().isEmpty() && v.declarations().isEmpty()) {
                continue;
            }
            if (!v.isAssigned() && v.declarations().isEmpty()) {
                Identifier first = v.reads().get(0);
                // true, false and newUID are functions: a bare name is a variable that nobody sets
                boolean call = Functions.lookup(first.name(), ctx.dialect).map(f -> f.minArity() == 0).orElse(false);
                String message = call
                        ? first.name() + " without brackets is a variable that is never assigned; call the function "
                                + "as " + first.name() + "[]"
                        : first.name() + " is read but never assigned, and the host does not supply it: assign it, "
                                + "declare it with describe, or bind it in the run configuration";
                Map<String, String> data = call
                        ? Map.of("variable", first.name(), "replacement", first.name() + "[]")
                        : Map.of("variable", first.name());
                ctx.report(new Diagnostic(DiagnosticCode.DE104,
                        ctx.options.strict() ? Severity.ERROR : Severity.WARNING, first.range(), message, data));
            } else if (v.external() && (v.readUnassigned() || !v.isAssigned())) {
                Identifier first = v.occurrences().get(0);
                ctx.report(DiagnosticCode.DE105, first.range(), first.name() + " is expected from the host but "
                        + "has no binding in this run configuration; " + (ctx.dialect == Dialect.DE4
                                ? "DicomEdit 4 refuses to run without it" : "it will read as null"),
                        Map.of("variable", first.name()));
            }
        }
    }

    private void reservedNames() {
        for (VariableAnalysis.Variable v : ctx.variables.variables()) {
            for (Identifier id : v.occurrences()) {
                // DE4 has its own keyword set, which its grammar enforces; DE6 keywords are free names there
                boolean reserved = ctx.dialect == Dialect.DE6 && Keywords.isReserved(id.name(), Dialect.DE6);
                if (reserved && !ctx.parserReported(DiagnosticCode.DE106, id.range())) {
                    ctx.report(DiagnosticCode.DE106, id.range(), id.name() + " is reserved and cannot name a "
                            + "variable; choose another name");
                }
            }
        }
    }

    private void singleInitialisation() {
        for (VariableAnalysis.Variable v : ctx.variables.variables()) {
            List<Identifier> assigned = v.assignments();
            for (int i = 1; i < assigned.size(); i++) {
                ctx.report(new Diagnostic(DiagnosticCode.DE406, Severity.ERROR, assigned.get(i).range(),
                        "DicomEdit 4 initialises a variable once; this second := to " + assigned.get(i).name()
                                + " is an error (first at line " + (assigned.get(0).range().start().line() + 1) + ")",
                        Map.of("firstAssignment", assigned.get(0).range().start().toString())));
            }
        }
    }

    /**
     * DE404: walks DE6 statements in order with the variables {@code definite}ly assigned on every path so
     * far and those assigned on {@code some} path. A branch only ever adds to {@code definite}; what it adds
     * is logged in {@code added} and undone after the branch, so no set is copied per conditional (that
     * made long scripts quadratic).
     */
    private void flow(List<Statement> statements, Set<String> definite, Set<String> some, List<String> added) {
        for (Statement s : statements) {
            statement(s, definite, some, added);
        }
    }

    private void statement(Statement s, Set<String> definite, Set<String> some, List<String> added) {
        if (s instanceof Statement.InlineIf i) {
            reads(i.condition(), definite, some);
            List<String> thenAdded = new ArrayList<>();
            statement(i.then(), definite, some, thenAdded);
            undo(definite, thenAdded);
            if (i.otherwise().isPresent()) {
                List<String> elseAdded = new ArrayList<>();
                statement(i.otherwise().get(), definite, some, elseAdded);
                undo(definite, elseAdded);
                Set<String> both = new HashSet<>(thenAdded);
                both.retainAll(elseAdded);
                addAll(definite, both, added);
            }
        } else if (s instanceof Statement.IfChain c) {
            Set<String> all = null;
            for (Statement.IfBranch b : c.branches()) {
                reads(b.condition(), definite, some);
                List<String> branchAdded = new ArrayList<>();
                flow(b.block().statements(), definite, some, branchAdded);
                undo(definite, branchAdded);
                all = intersect(all, branchAdded);
            }
            if (c.otherwise().isPresent()) {
                List<String> branchAdded = new ArrayList<>();
                flow(c.otherwise().get().statements(), definite, some, branchAdded);
                undo(definite, branchAdded);
                addAll(definite, intersect(all, branchAdded), added);
            }
        } else if (s instanceof Statement.VariableAssignment a) {
            reads(a.value(), definite, some);
            String key = ctx.variables.key(a.name().name());
            if (definite.add(key)) {
                added.add(key);
            }
            some.add(key);
        } else {
            for (Expression e : Nodes.ownExpressions(s)) {
                reads(e, definite, some);
            }
        }
    }

    private static void undo(Set<String> definite, List<String> added) {
        for (String key : added) {
            definite.remove(key);
        }
    }

    private static void addAll(Set<String> definite, Set<String> keys, List<String> added) {
        for (String key : keys) {
            if (definite.add(key)) {
                added.add(key);
            }
        }
    }

    private static Set<String> intersect(Set<String> acc, List<String> next) {
        if (acc == null) {
            return new HashSet<>(next);
        }
        acc.retainAll(new HashSet<>(next));
        return acc;
    }

    private void reads(Condition c, Set<String> definite, Set<String> some) {
        Nodes.operands(c).forEach(e -> reads(e, definite, some));
    }

    private void reads(Expression e, Set<String> definite, Set<String> some) {
        Nodes.forEachExpression(e, x -> {
            if (x instanceof Expression.VariableRef ref) {
                String key = ctx.variables.key(ref.name().name());
                if (some.contains(key) && !definite.contains(key) && !ctx.isSupplied(key)
                        && reportedDe404.add(key)) {
                    ctx.report(DiagnosticCode.DE404, ref.range(), ref.name().name() + " is assigned only on some "
                            + "branches before this read, so it may be null here (or keep the previous file's "
                            + "value in XNAT): assign it before the condition or in every branch",
                            Map.of("variable", ref.name().name()));
                }
            }
        });
    }
}
