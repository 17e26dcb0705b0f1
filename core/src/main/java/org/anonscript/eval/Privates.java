package org.anonscript.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;

/** {@code removeAllPrivateTags} (spec §6.8) and {@code retainPrivateTags} (spec §8.3). */
final class Privates {

    private Privates() {
    }

    /** Every private element, creators included, at every level. */
    static Dataset removeAll(Dataset ds) {
        Dataset.Builder b = null;
        for (DicomElement e : ds) {
            if (Tag.isPrivate(e.tag())) {
                b = b == null ? ds.edit() : b;
                b.remove(e.tag());
            } else if (e instanceof DicomElement.Sequence seq) {
                DicomElement.Sequence changed = mapItems(seq, Privates::removeAll);
                if (changed != seq) {
                    b = b == null ? ds.edit() : b;
                    b.put(changed);
                }
            }
        }
        return b == null ? ds : b.build();
    }

    /**
     * Keeps the private elements at {@code kept} (paths as {@link Location#path()}) with everything
     * inside them and the creators their blocks need; deletes all other private data; drops creators
     * whose block became empty.
     */
    static Dataset retain(Dataset ds, Set<String> kept) {
        return retain(ds, "", kept);
    }

    private static Dataset retain(Dataset ds, String prefix, Set<String> kept) {
        Dataset.Builder b = ds.edit();
        Set<Integer> usedBlocks = new HashSet<>();
        for (DicomElement e : ds) {
            int tag = e.tag();
            String path = prefix + Tag.toString(tag);
            if (Tag.isPrivateCreator(tag)) {
                continue; // decided below
            }
            if (Tag.isPrivate(tag)) {
                if (kept.contains(path)) {
                    usedBlocks.add(Tag.group(tag) << 8 | (Tag.element(tag) >>> 8));
                } else {
                    b.remove(tag);
                }
            } else if (e instanceof DicomElement.Sequence seq) {
                List<DicomElement.Item> items = new ArrayList<>();
                for (int i = 0; i < seq.items().size(); i++) {
                    DicomElement.Item item = seq.items().get(i);
                    items.add(item.withDataset(retain(item.dataset(), path + "[" + i + "]/", kept)));
                }
                b.put(seq.withItems(items));
            }
        }
        for (DicomElement e : ds) {
            int tag = e.tag();
            if (Tag.isPrivateCreator(tag) && !usedBlocks.contains(Tag.group(tag) << 8 | Tag.element(tag))) {
                b.remove(tag);
            }
        }
        Dataset out = b.build();
        return out.equals(ds) ? ds : out;
    }

    interface ItemEdit {
        Dataset apply(Dataset item);
    }

    static DicomElement.Sequence mapItems(DicomElement.Sequence seq, ItemEdit edit) {
        List<DicomElement.Item> items = new ArrayList<>();
        boolean changed = false;
        for (DicomElement.Item item : seq.items()) {
            Dataset next = edit.apply(item.dataset());
            changed |= next != item.dataset();
            items.add(next == item.dataset() ? item : item.withDataset(next));
        }
        return changed ? seq.withItems(items) : seq;
    }
}
