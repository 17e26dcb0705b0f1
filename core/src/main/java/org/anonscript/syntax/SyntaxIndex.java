package org.anonscript.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anonscript.script.Condition;
import org.anonscript.script.Expression;
import org.anonscript.script.PathStep;
import org.anonscript.script.Range;
import org.anonscript.script.Script;
import org.anonscript.script.SourceText;
import org.anonscript.script.Statement;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;

/**
 * The nodes of one script that editor features look things up in, collected by one walk: tags, calls,
 * literals, operators, keywords, lists and statements (with nesting depth). Total over any AST.
 */
public final class SyntaxIndex {

    /** A statement and how deeply it is nested in blocks and conditionals. */
    public record Nested(Statement statement, int depth) {
    }

    /** A tag path and which of its steps (0-based) the cursor is on. */
    public record StepAt(TagPath path, int step) {
        public PathStep node() {
            return path.steps().get(step);
        }

        /** The path up to and including this step: what the step addresses on its own. */
        public TagPath prefix() {
            return new TagPath(path.steps().subList(0, step + 1), path.range());
        }
    }

    private final List<TagPattern> tags = new ArrayList<>();
    private final List<TagPath> paths = new ArrayList<>();
    private final List<Expression.FunctionCall> calls = new ArrayList<>();
    private final List<Expression.NewGenerator> generators = new ArrayList<>();
    private final List<Expression.StringLiteral> strings = new ArrayList<>();
    private final List<Expression.NumberLiteral> numbers = new ArrayList<>();
    private final List<Expression.ListExpr> lists = new ArrayList<>();
    private final List<Range> operators = new ArrayList<>();
    private final List<Range> keywords = new ArrayList<>();
    private final List<Nested> statements = new ArrayList<>();
    private final SourceText source;

    private SyntaxIndex(SourceText source) {
        this.source = source;
    }

    public static SyntaxIndex of(Script script, SourceText source) {
        SyntaxIndex index = new SyntaxIndex(source);
        for (Statement s : script.statements()) {
            index.statement(s, 0);
        }
        return index;
    }

    public List<TagPattern> tags() {
        return tags;
    }

    public List<Expression.FunctionCall> calls() {
        return calls;
    }

    public List<Expression.NewGenerator> generators() {
        return generators;
    }

    public List<Expression.StringLiteral> strings() {
        return strings;
    }

    public List<Expression.NumberLiteral> numbers() {
        return numbers;
    }

    public List<Expression.ListExpr> lists() {
        return lists;
    }

    public List<Range> operators() {
        return operators;
    }

    public List<Range> keywords() {
        return keywords;
    }

    /** Every statement, nested ones after their parent, in source order. */
    public List<Nested> statements() {
        return statements;
    }

    /** The tag whose text the cursor is on. */
    public Optional<TagPattern> tagAt(int offset) {
        return innermost(tags, TagPattern::range, offset);
    }

    /** The path step (tag with its item selector, or level wildcard) the cursor is on. */
    public Optional<StepAt> stepAt(int offset) {
        StepAt best = null;
        for (TagPath p : paths) {
            for (int i = 0; i < p.steps().size(); i++) {
                Range r = p.steps().get(i).range();
                if (r.touches(offset) && (best == null || r.length() < best.node().range().length())) {
                    best = new StepAt(p, i);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The call whose name the cursor is on. */
    public Optional<Expression.FunctionCall> callNameAt(int offset) {
        return innermost(calls, c -> c.name().range(), offset);
    }

    /** The innermost top-level or nested statement containing the offset. */
    public Optional<Statement> statementAt(int offset) {
        return statements.stream().map(Nested::statement).filter(s -> s.range().touches(offset))
                .min(Comparator.comparingInt(s -> s.range().length()));
    }

    private static <T> Optional<T> innermost(List<T> nodes, java.util.function.Function<T, Range> range, int offset) {
        T best = null;
        for (T n : nodes) {
            Range r = range.apply(n);
            if (r.touches(offset) && (best == null || r.length() < range.apply(best).length())) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    private void statement(Statement s, int depth) {
        statements.add(new Nested(s, depth));
        if (s instanceof Statement.Version v) {
            keyword(v.range(), "version");
            expression(v.version());
        } else if (s instanceof Statement.TagAssignment a) {
            path(a.target());
            operators.add(a.operatorRange());
            expression(a.value());
        } else if (s instanceof Statement.VariableAssignment a) {
            operatorBetween(a.name().range(), a.value().range());
            expression(a.value());
        } else if (s instanceof Statement.Deletion d) {
            int start = s.range().start().offset();
            if (start < source.text().length() && source.text().charAt(start) == '-') {
                operators.add(source.range(start, start + 1));
            }
            path(d.target());
        } else if (s instanceof Statement.CallStatement c) {
            expression(c.call());
        } else if (s instanceof Statement.Echo e) {
            keyword(e.range(), "echo");
            e.value().ifPresent(this::expression);
        } else if (s instanceof Statement.RemoveAllPrivateTags r) {
            keyword(r.range(), "removeAllPrivateTags");
        } else if (s instanceof Statement.Describe d) {
            keyword(d.range(), "describe");
            d.label().ifPresent(this::expression);
        } else if (s instanceof Statement.Export e) {
            keyword(e.range(), "export");
            expression(e.field());
        } else if (s instanceof Statement.InlineIf i) {
            condition(i.condition());
            statement(i.then(), depth + 1);
            i.otherwise().ifPresent(o -> statement(o, depth + 1));
        } else if (s instanceof Statement.IfChain c) {
            for (Statement.IfBranch b : c.branches()) {
                keywords.add(b.keywordRange());
                condition(b.condition());
                b.block().statements().forEach(x -> statement(x, depth + 1));
            }
            c.otherwise().ifPresent(block -> {
                int from = c.branches().isEmpty() ? c.range().start().offset()
                        : c.branches().get(c.branches().size() - 1).range().end().offset();
                int at = source.text().lastIndexOf("else", block.range().start().offset());
                if (at >= from) {
                    keywords.add(source.range(at, at + 4));
                }
                block.statements().forEach(x -> statement(x, depth + 1));
            });
        } else if (s instanceof Statement.Constrained c) {
            c.constraints().forEach(this::condition);
            statement(c.action(), depth + 1);
        }
    }

    /** A keyword the statement starts with, when the text there really spells it. */
    private void keyword(Range statement, String word) {
        int start = statement.start().offset();
        if (source.text().regionMatches(true, start, word, 0, word.length())) {
            keywords.add(source.range(start, start + word.length()));
        }
    }

    private void operatorBetween(Range left, Range right) {
        String text = source.text();
        int at = text.indexOf(":=", left.end().offset());
        if (at >= 0 && at + 2 <= right.start().offset()) {
            operators.add(source.range(at, at + 2));
        }
    }

    private void condition(Condition c) {
        if (c instanceof Condition.Comparison cmp) {
            expression(cmp.left());
            operators.add(cmp.opRange());
            expression(cmp.right());
        } else if (c instanceof Condition.CallCondition call) {
            expression(call.call());
        }
    }

    private void path(TagPath p) {
        paths.add(p);
        for (PathStep step : p.steps()) {
            if (step instanceof PathStep.TagStep t) {
                tags.add(t.tag());
            }
        }
    }

    private void expression(Expression e) {
        if (e instanceof Expression.StringLiteral s) {
            strings.add(s);
        } else if (e instanceof Expression.NumberLiteral n) {
            numbers.add(n);
        } else if (e instanceof Expression.PathExpr p) {
            path(p.path());
        } else if (e instanceof Expression.FunctionCall f) {
            calls.add(f);
            f.args().forEach(this::expression);
        } else if (e instanceof Expression.ListExpr l) {
            lists.add(l);
            l.entries().forEach(this::expression);
        } else if (e instanceof Expression.ImplicitFormat f) {
            expression(f.pattern());
            f.args().forEach(this::expression);
        } else if (e instanceof Expression.NewGenerator g) {
            generators.add(g);
            int start = g.range().start().offset();
            if (source.text().startsWith("new", start)) {
                keywords.add(source.range(start, start + 3));
            }
            g.args().forEach(this::expression);
        }
    }
}
