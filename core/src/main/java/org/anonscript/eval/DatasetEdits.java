package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.DicomValueException;
import org.anonscript.dicom.PrivateCreators;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.dicom.VR;
import org.anonscript.script.PathStep;
import org.anonscript.script.TagPath;
import org.anonscript.script.TagPattern;

/**
 * Edits of an immutable dataset at a {@link Location} or along a singular path: each returns a new root
 * dataset sharing everything it did not touch.
 */
final class DatasetEdits {

    private DatasetEdits() {
    }

    /** The dataset holding the location's element (top level or an item), if the way there exists. */
    static Optional<Dataset> container(Dataset root, Location location) {
        Dataset ds = root;
        for (Location.Hop hop : location.parents()) {
            Optional<DicomElement> e = ds.get(hop.tag());
            if (e.isEmpty() || !(e.get() instanceof DicomElement.Sequence seq) || hop.item() >= seq.items().size()) {
                return Optional.empty();
            }
            ds = seq.items().get(hop.item()).dataset();
        }
        return Optional.of(ds);
    }

    static Optional<DicomElement> element(Dataset root, Location location) {
        return container(root, location).flatMap(ds -> ds.get(location.tag()));
    }

    /** Applies {@code edit} to the dataset that holds the location's element; no-op if the way is gone. */
    static Dataset updateContainer(Dataset root, List<Location.Hop> parents, UnaryOperator<Dataset> edit) {
        return update(root, parents, 0, edit);
    }

    private static Dataset update(Dataset ds, List<Location.Hop> parents, int i, UnaryOperator<Dataset> edit) {
        if (i == parents.size()) {
            return edit.apply(ds);
        }
        Location.Hop hop = parents.get(i);
        Optional<DicomElement> e = ds.get(hop.tag());
        if (e.isEmpty() || !(e.get() instanceof DicomElement.Sequence seq) || hop.item() >= seq.items().size()) {
            return ds;
        }
        DicomElement.Item item = seq.items().get(hop.item());
        Dataset changed = update(item.dataset(), parents, i + 1, edit);
        if (changed == item.dataset()) {
            return ds;
        }
        List<DicomElement.Item> items = new ArrayList<>(seq.items());
        items.set(hop.item(), item.withDataset(changed));
        return ds.with(seq.withItems(items));
    }

    /** Deletes the element, or empties the item (spec §6.4: the item stays, ticket DE-91). */
    static Dataset delete(Dataset root, Location location) {
        return updateContainer(root, location.parents(), ds -> {
            if (!location.isItem()) {
                return ds.without(location.tag());
            }
            return ds.get(location.tag()).map(e -> {
                if (!(e instanceof DicomElement.Sequence seq) || location.item() >= seq.items().size()) {
                    return ds;
                }
                List<DicomElement.Item> items = new ArrayList<>(seq.items());
                items.set(location.item(), items.get(location.item()).withDataset(Dataset.empty()));
                return ds.with(seq.withItems(items));
            }).orElse(ds);
        });
    }

    /** Rewrites an existing value element keeping its VR. Sequences, items and pixel fragments are left alone. */
    static Dataset rewrite(Dataset root, Location location, String text, TextCodec codec) {
        if (location.isItem()) {
            return root;
        }
        return updateContainer(root, location.parents(), ds -> ds.get(location.tag())
                .filter(e -> e instanceof DicomElement.Value)
                .map(e -> ds.with(encode(location.tag(), e.vr(), text, codec)))
                .orElse(ds));
    }

    /**
     * {@code path := text} for a singular path (spec §6.2): creates missing sequences and items (empty
     * items up to the index) and private creator slots (first free from 0x10); VR per spec §11.4.
     */
    static Dataset assign(Dataset root, TagPath path, String text, TextCodec codec) {
        List<PathStep.TagStep> steps = new ArrayList<>();
        for (PathStep step : path.steps()) {
            steps.add((PathStep.TagStep) step);
        }
        return assign(root, steps, 0, text, codec);
    }

    private static Dataset assign(Dataset ds, List<PathStep.TagStep> steps, int i, String text, TextCodec codec) {
        PathStep.TagStep step = steps.get(i);
        TagPattern pattern = step.tag();
        int tag;
        if (pattern.creator().isPresent()) {
            int group = Integer.parseInt(pattern.group(), 16);
            PrivateCreators.Allocation allocation = allocate(ds, group, pattern.creator().get());
            ds = allocation.dataset();
            tag = allocation.tag(group, Integer.parseInt(pattern.element(), 16));
        } else {
            tag = pattern.exactTag().orElseThrow(() -> new EvaluationException(
                    "assigning to a tag path that maps to multiple attributes is not supported"));
        }
        boolean last = i == steps.size() - 1;
        if (last) {
            if (step.item().isPresent()) {
                throw new EvaluationException("cannot assign a value to a sequence item: " + path(steps));
            }
            Optional<DicomElement> existing = ds.get(tag);
            VR vr = existing.map(DicomElement::vr)
                    .orElseGet(() -> ValueText.dictionaryVr(tag).orElse(VR.UN));
            return ds.with(encode(tag, vr, text, codec));
        }
        int index = step.item().flatMap(s -> s.index()).orElseThrow(() -> new EvaluationException(
                "assigning to a tag path that maps to multiple attributes is not supported"));
        Optional<DicomElement> existing = ds.get(tag);
        DicomElement.Sequence seq;
        if (existing.isPresent() && existing.get() instanceof DicomElement.Sequence s) {
            seq = s;
        } else if (existing.isEmpty() || existing.get() instanceof DicomElement.Value v && v.length() == 0) {
            seq = new DicomElement.Sequence(tag, VR.SQ, List.of(), true);
        } else {
            throw new EvaluationException(Tag.toString(tag) + " is not a sequence, so " + path(steps)
                    + " cannot be written");
        }
        List<DicomElement.Item> items = new ArrayList<>(seq.items());
        while (items.size() <= index) {
            items.add(new DicomElement.Item(Dataset.empty(), true));
        }
        DicomElement.Item item = items.get(index);
        items.set(index, item.withDataset(assign(item.dataset(), steps, i + 1, text, codec)));
        return ds.with(seq.withItems(items));
    }

    static DicomElement encode(int tag, VR vr, String text, TextCodec codec) {
        try {
            return ValueText.encode(tag, vr, text, codec);
        } catch (DicomValueException e) {
            throw new EvaluationException(e.getMessage(), e);
        }
    }

    private static PrivateCreators.Allocation allocate(Dataset ds, int group, String creator) {
        try {
            return PrivateCreators.allocate(ds, group, creator);
        } catch (DicomValueException e) {
            throw new EvaluationException(e.getMessage(), e);
        }
    }

    private static String path(List<PathStep.TagStep> steps) {
        StringBuilder sb = new StringBuilder();
        for (PathStep.TagStep s : steps) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(s.tag().text());
            s.item().ifPresent(item -> sb.append('[').append(item.index().map(String::valueOf).orElse("%")).append(']'));
        }
        return sb.toString();
    }
}
