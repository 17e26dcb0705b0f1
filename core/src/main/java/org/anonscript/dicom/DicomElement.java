package org.anonscript.dicom;

import java.util.List;

/**
 * One data element: a value, a sequence of item datasets, or encapsulated pixel data fragments.
 * All are immutable.
 */
public sealed interface DicomElement permits DicomElement.Value, DicomElement.Sequence, DicomElement.Fragments {

    int tag();

    VR vr();

    /** A value of a text or binary VR; binary numbers are held little endian. */
    record Value(int tag, VR vr, Bytes bytes) implements DicomElement {
        public static Value of(int tag, VR vr, byte[] littleEndian) {
            return new Value(tag, vr, Bytes.of(littleEndian));
        }

        /**
         * Whether this is a bulk value: kept where the reader found it (a region of the source file, or a
         * slice of the whole small file read at once) rather than decoded into a value array of its own.
         */
        public boolean isBulk() {
            return bytes instanceof Bytes.FileRegion || bytes instanceof Bytes.Slice;
        }

        public long length() {
            return bytes.length();
        }

        /** The value bytes, little endian (bulk values are loaded). */
        public byte[] toArray() {
            return bytes.toArray(vr.numberWidth());
        }

        /** No copy for in-memory values; callers in this package must not modify the array. */
        byte[] sharedArray() {
            return bytes instanceof Bytes.Inline inline ? inline.shared() : toArray();
        }
    }

    /**
     * A sequence (VR SQ), or an undefined-length UN element whose content is an implicit VR little endian
     * sequence (VR UN, PS3.5 §6.2.2); {@code undefinedLength} keeps the source encoding for faithful writes.
     */
    record Sequence(int tag, VR vr, List<Item> items, boolean undefinedLength) implements DicomElement {
        public Sequence {
            items = List.copyOf(items);
        }

        public static Sequence of(int tag, List<Dataset> items) {
            return new Sequence(tag, VR.SQ, items.stream().map(d -> new Item(d, true)).toList(), true);
        }

        public Sequence withItems(List<Item> newItems) {
            return new Sequence(tag, vr, newItems, undefinedLength);
        }
    }

    /** One sequence item; {@code undefinedLength} keeps the source encoding. */
    record Item(Dataset dataset, boolean undefinedLength) {
        public Item withDataset(Dataset newDataset) {
            return new Item(newDataset, undefinedLength);
        }
    }

    /**
     * Encapsulated pixel data: the basic offset table followed by the fragments, kept opaque (PS3.5 A.4).
     */
    record Fragments(int tag, VR vr, List<Bytes> fragments) implements DicomElement {
        public Fragments {
            fragments = List.copyOf(fragments);
        }
    }
}
