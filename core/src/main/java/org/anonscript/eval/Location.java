package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Tag;

/**
 * Where one matched element (or one item of a sequence) lives: the sequence items on the way down, the
 * element's tag, and an item index when the location is an item ({@code -1} otherwise).
 */
public record Location(List<Hop> parents, int tag, int item) {

    /** One step down: item {@code item} of sequence {@code tag}. */
    public record Hop(int tag, int item) {
    }

    public Location {
        parents = List.copyOf(parents);
    }

    public boolean isItem() {
        return item >= 0;
    }

    public int depth() {
        return parents.size();
    }

    /** The element here (the sequence, for an item location), if the way to it exists in {@code root}. */
    public Optional<DicomElement> element(Dataset root) {
        return DatasetEdits.element(root, this);
    }

    /** {@code (0040,0275)[0]/(0040,0009)}. */
    public String path() {
        StringBuilder sb = new StringBuilder();
        for (Hop hop : parents) {
            sb.append(Tag.toString(hop.tag())).append('[').append(hop.item()).append("]/");
        }
        sb.append(Tag.toString(tag));
        if (item >= 0) {
            sb.append('[').append(item).append(']');
        }
        return sb.toString();
    }

    /** {@code (0040,0275)[0]/(0008,1110)[1]}, or the empty string for the top level. */
    public static String itemPath(List<Hop> hops) {
        StringBuilder sb = new StringBuilder();
        for (Hop hop : hops) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(Tag.toString(hop.tag())).append('[').append(hop.item()).append(']');
        }
        return sb.toString();
    }

    static List<Hop> plus(List<Hop> parents, int tag, int item) {
        List<Hop> out = new ArrayList<>(parents.size() + 1);
        out.addAll(parents);
        out.add(new Hop(tag, item));
        return out;
    }
}
