package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
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
 */
final class PathMatcher {

    private PathMatcher() {
    }

    static List<Location> match(Dataset root, TagPath path) {
        List<Location> out = new ArrayList<>();
        match(root, List.of(), path.steps(), 0, TextCodec.forDataset(root), out);
        return out;
    }

    private static void match(Dataset ds, List<Location.Hop> parents, List<PathStep> steps, int i, TextCodec codec,
            List<Location> out) {
        if (i >= steps.size()) {
            return;
        }
        PathStep step = steps.get(i);
        if (step instanceof PathStep.LevelWildcard wildcard) {
            switch (wildcard.level()) {
                case ANY -> anyDepth(ds, parents, steps, i, codec, out);
                case ONE_OR_MORE -> forEachItem(ds, parents, (item, p) -> anyDepth(item, p, steps, i, codec, out));
                case ONE -> forEachItem(ds, parents, (item, p) -> match(item, p, steps, i + 1, codec, out));
            }
            return;
        }
        PathStep.TagStep tagStep = (PathStep.TagStep) step;
        boolean last = i == steps.size() - 1;
        for (int tag : candidates(ds, tagStep.tag(), codec)) {
            DicomElement element = ds.get(tag).orElseThrow();
            Expression.ItemSelector selector = tagStep.item().orElse(null);
            if (last && selector == null) {
                out.add(new Location(parents, tag, -1));
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
                    out.add(new Location(parents, tag, item));
                } else {
                    match(sequence.items().get(item).dataset(), Location.plus(parents, tag, item), steps, i + 1, codec,
                            out);
                }
            }
        }
    }

    /** {@code *} at step i: the rest here, and {@code *} again inside every item. */
    private static void anyDepth(Dataset ds, List<Location.Hop> parents, List<PathStep> steps, int i, TextCodec codec,
            List<Location> out) {
        match(ds, parents, steps, i + 1, codec, out);
        forEachItem(ds, parents, (item, p) -> anyDepth(item, p, steps, i, codec, out));
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
