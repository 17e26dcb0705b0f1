package org.anonscript.script;

import java.util.List;
import java.util.Objects;

/**
 * Steps separated by {@code /} (spec §3.3). A DE4 path is always a single tag step.
 *
 * <p>An immutable value with record semantics (accessors, equality over steps and range); a class so
 * that its canonical {@link #key()}, which the checks compare paths by, is built once.
 */
public final class TagPath implements Node {

    private final List<PathStep> steps;
    private final Range range;
    private String key; // computed on first use; a benign race only ever stores equal strings

    public TagPath(List<PathStep> steps, Range range) {
        this.steps = List.copyOf(steps);
        this.range = range;
        if (this.steps.isEmpty()) {
            throw new IllegalArgumentException("a tag path has at least one step");
        }
    }

    public List<PathStep> steps() {
        return steps;
    }

    @Override
    public Range range() {
        return range;
    }

    /**
     * Spec §3.3: singular when it has no digit wildcard, no {@code %}, no level wildcard, and every
     * intermediate sequence step has an explicit index.
     */
    public boolean isSingular() {
        for (int i = 0; i < steps.size(); i++) {
            if (!(steps.get(i) instanceof PathStep.TagStep step)) {
                return false;
            }
            if (step.tag().hasWildcards()) {
                return false;
            }
            boolean last = i == steps.size() - 1;
            if (step.item().isPresent() && step.item().get().all()) {
                return false;
            }
            if (!last && step.item().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The last step's tag, if the path ends with a tag step (it always does unless malformed). */
    public PathStep last() {
        return steps.get(steps.size() - 1);
    }

    /** True when any step addresses a private tag. */
    public boolean isPrivate() {
        return last() instanceof PathStep.TagStep t && t.tag().isPrivate();
    }

    /**
     * The path's canonical text: steps as written with upper-case hex, item selectors as {@code [n]} or
     * {@code [%]}, joined by {@code /}. Two paths address the same elements when their keys are equal.
     */
    public String key() {
        String k = key;
        if (k == null) {
            StringBuilder b = new StringBuilder();
            for (PathStep step : steps) {
                if (b.length() > 0) {
                    b.append('/');
                }
                if (step instanceof PathStep.TagStep t) {
                    b.append(t.tag().text());
                    t.item().ifPresent(i -> b.append('[').append(i.index().map(String::valueOf).orElse("%")).append(']'));
                } else if (step instanceof PathStep.LevelWildcard w) {
                    b.append(w.level().symbol());
                }
            }
            k = b.toString();
            key = k;
        }
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagPath p && steps.equals(p.steps) && Objects.equals(range, p.range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps, range);
    }

    @Override
    public String toString() {
        return "TagPath[steps=" + steps + ", range=" + range + "]";
    }
}
