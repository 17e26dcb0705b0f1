package org.anonscript.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.PrivateCreators;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.script.Expression;
import org.anonscript.script.PathStep;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;

/**
 * Finds what a tag path addresses in a dataset (spec §3.3, §11.5, §11.6): digit wildcards, private
 * {@code {creator}} tags (every block of a duplicated creator), item indexes, {@code [%]}, unindexed
 * sequence steps (every item) and the level wildcards {@code *} (zero or more levels), {@code +} (one or
 * more) and {@code .} (exactly one). Reading is side-effect free: a missing item simply matches nothing.
 * Public so that editor features (hover) show exactly what a run would address.
 */
public final class PathMatcher {

    private PathMatcher() {
    }

    /**
     * Every element (or item, for a path ending in {@code [n]}/{@code [%]}) the path addresses, in order,
     * each once however many ways the level wildcards reach it.
     */
    public static List<Location> match(Dataset root, TagPath path) {
        Sink sink = new Sink(TextCodec.forDataset(root), new ArrayList<>(), null, new HashSet<>());
        match(root, List.of(), canonical(path.steps()), 0, sink);
        return sink.out;
    }

    /**
     * For a path prefix that ends in a level wildcard ({@code *}, {@code +}, {@code .}): the datasets the
     * next step would be matched in, each as the items leading to it (empty for the top level), in order.
     * Empty for a prefix ending in a tag step.
     */
    public static List<List<Location.Hop>> levels(Dataset root, TagPath prefix) {
        Sink sink = new Sink(TextCodec.forDataset(root), new ArrayList<>(), new LinkedHashSet<>(), new HashSet<>());
        match(root, List.of(), canonical(prefix.steps()), 0, sink);
        return List.copyOf(sink.levels);
    }

    /**
     * Where matches go; {@code levels} collects the datasets reached past the last step (null: not wanted).
     * {@code visited} holds the (item, step) states already walked: several wildcards can reach one item
     * in many ways (exponentially many for {@code *\/(0008,1115)/*\/(0008,1115)/…} over nested data), and
     * walking each state once keeps the work at items × steps and every match unique.
     */
    private record Sink(TextCodec codec, List<Location> out, Set<List<Location.Hop>> levels, Set<State> visited) {
    }

    private record State(List<Location.Hop> parents, int step, boolean anyDepth) {
    }

    /**
     * Runs of level wildcards in their shortest equivalent form: n times {@code .} (n = the levels the run
     * requires) then one {@code *} if it allows more ({@code *\/*} is {@code *}, {@code +} is {@code ./*}).
     * A run of wildcards thus costs recursion only as deep as the data is nested, however long it is.
     */
    static List<PathStep> canonical(List<PathStep> steps) {
        List<PathStep> out = new ArrayList<>(steps.size());
        int i = 0;
        while (i < steps.size()) {
            if (!(steps.get(i) instanceof PathStep.LevelWildcard first)) {
                out.add(steps.get(i++));
                continue;
            }
            int required = 0;
            boolean unbounded = false;
            for (; i < steps.size() && steps.get(i) instanceof PathStep.LevelWildcard w; i++) {
                required += w.level() == PathStep.Level.ANY ? 0 : 1;
                unbounded |= w.level() != PathStep.Level.ONE;
            }
            for (int n = 0; n < required; n++) {
                out.add(new PathStep.LevelWildcard(PathStep.Level.ONE, first.range()));
            }
            if (unbounded) {
                out.add(new PathStep.LevelWildcard(PathStep.Level.ANY, first.range()));
            }
        }
        return out;
    }

    private static void match(Dataset ds, List<Location.Hop> parents, List<PathStep> steps, int i, Sink sink) {
        if (!sink.visited.add(new State(parents, i, false))) {
            return;
        }
        if (i >= steps.size()) {
            // only a trailing level wildcard gets here: a trailing tag step ends the walk below
            if (sink.levels != null) {
                sink.levels.add(parents);
            }
            return;
        }
        PathStep step = steps.get(i);
        if (step instanceof PathStep.LevelWildcard wildcard) {
            switch (wildcard.level()) {
                case ANY -> anyDepth(ds, parents, steps, i, sink);
                case ONE_OR_MORE -> forEachItem(ds, parents, (item, p) -> anyDepth(item, p, steps, i, sink));
                case ONE -> forEachItem(ds, parents, (item, p) -> match(item, p, steps, i + 1, sink));
            }
            return;
        }
        PathStep.TagStep tagStep = (PathStep.TagStep) step;
        boolean last = i == steps.size() - 1;
        for (int tag : candidates(ds, tagStep.tag(), sink.codec)) {
            DicomElement element = ds.get(tag).orElseThrow();
            Expression.ItemSelector selector = tagStep.item().orElse(null);
            if (last && selector == null) {
                sink.out.add(new Location(parents, tag, -1));
                continue;
            }
            if (!(element instanceof DicomElement.Sequence sequence)) {
                continue;
            }
            int size = sequence.items().size();
            int from = 0;
            int to = size;
            if (selector != null && !selector.all()) {
                from = selector.index().get();
                to = from < size ? from + 1 : from;
            }
            for (int item = from; item < to; item++) {
                if (last) {
                    sink.out.add(new Location(parents, tag, item));
                } else {
                    match(sequence.items().get(item).dataset(), Location.plus(parents, tag, item), steps, i + 1, sink);
                }
            }
        }
    }

    /** {@code *} at step i: the rest here, and {@code *} again inside every item. */
    private static void anyDepth(Dataset ds, List<Location.Hop> parents, List<PathStep> steps, int i, Sink sink) {
        if (!sink.visited.add(new State(parents, i, true))) {
            return;
        }
        match(ds, parents, steps, i + 1, sink);
        forEachItem(ds, parents, (item, p) -> anyDepth(item, p, steps, i, sink));
    }

    private interface ItemVisitor {
        void visit(Dataset item, List<Location.Hop> parents);
    }

    private static void forEachItem(Dataset ds, List<Location.Hop> parents, ItemVisitor visitor) {
        for (DicomElement e : ds) {
            if (e instanceof DicomElement.Sequence sequence) {
                for (int i = 0; i < sequence.items().size(); i++) {
                    visitor.visit(sequence.items().get(i).dataset(), Location.plus(parents, e.tag(), i));
                }
            }
        }
    }

    /** The tags of {@code ds} the pattern names, in tag order. */
    static List<Integer> candidates(Dataset ds, TagPattern pattern, TextCodec codec) {
        List<Integer> tags = new ArrayList<>();
        if (pattern.creator().isPresent()) {
            String creator = pattern.creator().get();
            for (DicomElement e : ds) {
                int tag = e.tag();
                if (Tag.isPrivateCreator(tag) && digitsMatch(pattern.group(), String.format("%04X", Tag.group(tag)))
                        && stripTrailing(ValueText.read(e, codec)).equals(stripTrailing(creator))) {
                    int slot = Tag.element(tag);
                    for (DicomElement inBlock : ds.range(Tag.of(Tag.group(tag), slot << 8),
                            Tag.of(Tag.group(tag), slot << 8 | 0xFF))) {
                        if (pattern.matches(inBlock.tag())) {
                            tags.add(inBlock.tag());
                        }
                    }
                }
            }
            tags.sort(Tag::compare);
            return tags;
        }
        var exact = pattern.exactTag();
        if (exact.isPresent()) {
            if (ds.contains(exact.get())) {
                tags.add(exact.get());
            }
            return tags;
        }
        for (DicomElement e : ds) {
            if (pattern.matches(e.tag())) {
                tags.add(e.tag());
            }
        }
        return tags;
    }

    private static boolean digitsMatch(String pattern, String hex) {
        TagPattern p = new TagPattern(pattern, "XXXX", java.util.Optional.empty(), org.anonscript.script.Range.EMPTY);
        return p.matches(Integer.parseInt(hex, 16) << 16);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }
}
