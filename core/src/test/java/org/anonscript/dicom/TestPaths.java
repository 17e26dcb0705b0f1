package org.anonscript.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Test helper: edits at dcmodify-style paths such as {@code (0040,A730)[1].(0040,A160)}, built only from
 * the public {@link Dataset} API the evaluator uses (with/without on each level, items rebuilt upwards).
 */
final class TestPaths {

    private TestPaths() {
    }

    static Dataset set(Dataset root, String path, String text) {
        return edit(root, path, (d, tag) -> d.withText(tag, text));
    }

    static Dataset delete(Dataset root, String path) {
        return edit(root, path, Dataset::without);
    }

    interface Leaf {
        Dataset apply(Dataset dataset, int tag);
    }

    private static Dataset edit(Dataset d, String path, Leaf leaf) {
        int dot = path.indexOf("].");
        if (dot < 0) {
            return leaf.apply(d, Tag.parse(path));
        }
        String step = path.substring(0, dot + 1);
        String rest = path.substring(dot + 2);
        int bracket = step.indexOf('[');
        int tag = Tag.parse(step.substring(0, bracket));
        int index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
        DicomElement.Sequence seq = (DicomElement.Sequence) d.get(tag).orElseThrow();
        List<DicomElement.Item> items = new ArrayList<>(seq.items());
        DicomElement.Item item = items.get(index);
        items.set(index, item.withDataset(edit(item.dataset(), rest, leaf)));
        return d.with(seq.withItems(items));
    }

    static UnaryOperator<Dataset> setting(String path, String text) {
        return d -> set(d, path, text);
    }
}
