package org.anonscript.script;

import java.util.List;

/** Steps separated by {@code /} (spec §3.3). A DE4 path is always a single tag step. */
public record TagPath(List<PathStep> steps, Range range) implements Node {

    public TagPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a tag path has at least one step");
        }
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
}
