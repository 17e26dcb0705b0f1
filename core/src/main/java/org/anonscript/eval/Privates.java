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
     * {@code retainPrivateTags} (spec §8.3), as DicomEdit 6 does it: keeps the elements and items at
     * {@code kept} (paths as {@link Location#path()}) with everything inside them; deletes every other
     * private element at every level. A private sequence that is not kept itself but holds something kept
     * stays, with only the way down to what is kept; its items after the last one that still holds
     * something are dropped, earlier emptied items stay so kept items keep their index. Inside a private
     * sequence public elements count as private data (the reference calls a path private when any tag on
     * it is). Items of public sequences stay even when nothing is left in them: their number is part of
     * the public structure. Last, at every level, a creator element whose block holds nothing any more is
     * removed, so no creator outlives its block.
     */
    static Dataset retain(Dataset ds, Set<String> kept) {
        return retain(ds, "", kept, containers(kept), false);
    }

    /** The sequences on the way down to each kept path: {@code (0019,1002)[0]/(0023,1015)} gives {@code (0019,1002)}. */
    private static Set<String> containers(Set<String> kept) {
        Set<String> out = new HashSet<>();
        for (String path : kept) {
            for (int i = path.indexOf('['); i >= 0; i = path.indexOf('[', i + 1)) {
                out.add(path.substring(0, i));
            }
        }
        return out;
    }

    private static Dataset retain(Dataset ds, String prefix, Set<String> kept, Set<String> containers,
            boolean insidePrivate) {
        Dataset.Builder b = ds.edit();
        Set<Integer> usedBlocks = new HashSet<>();
        for (DicomElement e : ds) {
            int tag = e.tag();
            if (Tag.isPrivateCreator(tag)) {
                continue; // decided below, once we know which blocks still hold something
            }
            String path = prefix + Tag.toString(tag);
            boolean privateData = insidePrivate || Tag.isPrivate(tag);
            boolean stays;
            if (kept.contains(path)) {
                stays = true;
            } else if (e instanceof DicomElement.Sequence seq && (!privateData || containers.contains(path))) {
                b.put(retainItems(seq, path, kept, containers, privateData));
                stays = true;
            } else {
                stays = !privateData;
            }
            if (!stays) {
                b.remove(tag);
            } else if (Tag.isPrivate(tag)) {
                usedBlocks.add(block(tag));
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

    private static DicomElement.Sequence retainItems(DicomElement.Sequence seq, String path, Set<String> kept,
            Set<String> containers, boolean privateData) {
        List<DicomElement.Item> items = new ArrayList<>();
        int lastHolding = -1;
        for (int i = 0; i < seq.items().size(); i++) {
            DicomElement.Item item = seq.items().get(i);
            String itemPath = path + "[" + i + "]";
            Dataset next = kept.contains(itemPath) ? item.dataset()
                    : retain(item.dataset(), itemPath + "/", kept, containers, privateData);
            items.add(next == item.dataset() ? item : item.withDataset(next));
            if (kept.contains(itemPath) || !next.isEmpty()) {
                lastHolding = i;
            }
        }
        if (privateData) {
            items = new ArrayList<>(items.subList(0, lastHolding + 1));
        }
        return items.equals(seq.items()) ? seq : seq.withItems(items);
    }

    /** The block key of a private data element (gggg,bbxx): group and block number. */
    private static int block(int tag) {
        return Tag.group(tag) << 8 | (Tag.element(tag) >>> 8);
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
