package org.anonscript.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anonscript.script.Condition;
import org.anonscript.script.Dialect;
import org.anonscript.script.Expression;
import org.anonscript.script.Identifier;
import org.anonscript.script.Script;
import org.anonscript.script.Statement;

/**
 * Where each script variable is assigned, read and declared, and which ones are external (spec §10.1):
 * in DE6 a variable read or declared ({@code describe}/{@code export}) before its first assignment; in
 * DE4 (lazy, order-free) one that is never assigned. Names are exact in DE6 and case-insensitive in DE4.
 * Reused by the analyzer, hover and rename.
 */
public final class VariableAnalysis {

    /**
     * One variable.
     *
     * @param key           the name as compared (lower-cased in DE4)
     * @param assignments   the names of its {@code :=} statements, in source order
     * @param values        the assigned values, parallel to {@code assignments}
     * @param reads         every read, in source order
     * @param declarations  {@code describe}/{@code export} names
     * @param external      the host is expected to supply it (spec §10.1)
     * @param readUnassigned some read can happen before any assignment (DE6: in source order; DE4: never assigned)
     */
    public record Variable(String key, List<Identifier> assignments, List<Expression> values, List<Identifier> reads,
            List<Identifier> declarations, boolean external, boolean readUnassigned) {

        public Variable {
            assignments = List.copyOf(assignments);
            values = List.copyOf(values);
            reads = List.copyOf(reads);
            declarations = List.copyOf(declarations);
        }

        /** The name as first written. */
        public String name() {
            return firstOccurrence().name();
        }

        public boolean isAssigned() {
            return !assignments.isEmpty();
        }

        /** Some assignment stores a list ({@code {…}} or {@code collectValues}). */
        public boolean mayHoldList() {
            return values.stream().anyMatch(v -> v instanceof Expression.ListExpr
                    || v instanceof Expression.FunctionCall f && f.name().name().equals("collectValues"));
        }

        /** Every occurrence (assignments, reads, declarations), in source order. */
        public List<Identifier> occurrences() {
            List<Identifier> all = new ArrayList<>(assignments);
            all.addAll(reads);
            all.addAll(declarations);
            all.sort((a, b) -> Integer.compare(a.range().start().offset(), b.range().start().offset()));
            return all;
        }

        private Identifier firstOccurrence() {
            return occurrences().get(0);
        }
    }

    private final Dialect dialect;
    private final Map<String, Variable> variables;

    private VariableAnalysis(Dialect dialect, Map<String, Variable> variables) {
        this.dialect = dialect;
        this.variables = variables;
    }

    public static VariableAnalysis of(Script script) {
        Collector collector = new Collector(script.dialect());
        script.statements().forEach(collector::statement);
        return new VariableAnalysis(script.dialect(), collector.build());
    }

    /** How names compare in this dialect: exact in DE6, lower-cased in DE4. */
    public String key(String name) {
        return keyOf(dialect, name);
    }

    static String keyOf(Dialect dialect, String name) {
        return dialect == Dialect.DE4 ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** Every variable, in order of first occurrence. */
    public List<Variable> variables() {
        return List.copyOf(variables.values());
    }

    public Optional<Variable> variable(String name) {
        return Optional.ofNullable(variables.get(key(name)));
    }

    /** Names (as first written) the host is expected to supply. */
    public Set<String> externalNames() {
        Set<String> names = new LinkedHashSet<>();
        variables.values().stream().filter(Variable::external).forEach(v -> names.add(v.name()));
        return Collections.unmodifiableSet(names);
    }

    /** The variable whose name the cursor touches, for hover and rename. */
    public Optional<Variable> at(int offset) {
        return variables.values().stream()
                .filter(v -> v.occurrences().stream().anyMatch(id -> id.range().touches(offset)))
                .findFirst();
    }

    /** Walks in source order, recording what a variable's first occurrence was. */
    private static final class Collector {
        private final Dialect dialect;
        private final Map<String, List<Identifier>> assignments = new LinkedHashMap<>();
        private final Map<String, List<Expression>> values = new LinkedHashMap<>();
        private final Map<String, List<Identifier>> reads = new LinkedHashMap<>();
        private final Map<String, List<Identifier>> declarations = new LinkedHashMap<>();
        private final Set<String> order = new LinkedHashSet<>();
        private final Set<String> usedBeforeAssignment = new LinkedHashSet<>();
        private final Set<String> readBeforeAssignment = new LinkedHashSet<>();

        Collector(Dialect dialect) {
            this.dialect = dialect;
        }

        void statement(Statement statement) {
            if (statement instanceof Statement.VariableAssignment a) {
                expression(a.value());
                String key = keyOf(dialect, a.name().name());
                order.add(key);
                assignments.computeIfAbsent(key, k -> new ArrayList<>()).add(a.name());
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(a.value());
            } else if (statement instanceof Statement.Describe d) {
                declare(d.name());
            } else if (statement instanceof Statement.Export e) {
                declare(e.name());
            } else if (statement instanceof Statement.InlineIf i) {
                condition(i.condition());
                statement(i.then());
                i.otherwise().ifPresent(this::statement);
            } else if (statement instanceof Statement.IfChain c) {
                for (Statement.IfBranch b : c.branches()) {
                    condition(b.condition());
                    b.block().statements().forEach(this::statement);
                }
                c.otherwise().ifPresent(b -> b.statements().forEach(this::statement));
            } else if (statement instanceof Statement.Constrained c) {
                c.constraints().forEach(this::condition);
                statement(c.action());
            } else {
                Nodes.ownExpressions(statement).forEach(this::expression);
            }
        }

        private void condition(Condition condition) {
            Nodes.operands(condition).forEach(this::expression);
        }

        private void expression(Expression expression) {
            Nodes.forEachExpression(expression, e -> {
                if (e instanceof Expression.VariableRef ref) {
                    String key = keyOf(dialect, ref.name().name());
                    order.add(key);
                    noteUseBeforeAssignment(key);
                    if (!assignments.containsKey(key)) {
                        readBeforeAssignment.add(key);
                    }
                    reads.computeIfAbsent(key, k -> new ArrayList<>()).add(ref.name());
                }
            });
        }

        private void declare(Identifier name) {
            String key = keyOf(dialect, name.name());
            order.add(key);
            noteUseBeforeAssignment(key);
            declarations.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }

        private void noteUseBeforeAssignment(String key) {
            if (!assignments.containsKey(key)) {
                usedBeforeAssignment.add(key);
            }
        }

        Map<String, Variable> build() {
            Map<String, Variable> result = new LinkedHashMap<>();
            for (String key : order) {
                List<Identifier> assigned = assignments.getOrDefault(key, List.of());
                boolean external = dialect == Dialect.DE4 ? assigned.isEmpty() : usedBeforeAssignment.contains(key);
                result.put(key, new Variable(key, assigned, values.getOrDefault(key, List.of()),
                        reads.getOrDefault(key, List.of()), declarations.getOrDefault(key, List.of()), external,
                        dialect == Dialect.DE4 ? assigned.isEmpty() && reads.containsKey(key)
                                : readBeforeAssignment.contains(key)));
            }
            return Collections.unmodifiableMap(result);
        }
    }
}
