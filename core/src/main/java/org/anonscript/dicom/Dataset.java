package org.anonscript.dicom;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable dataset: elements ordered by tag (unsigned). Snapshots are free to keep (an evaluator's
 * "before" and "after" share everything unchanged); {@link #with}/{@link #without} return a new dataset,
 * and {@link #edit()} gives a builder for many changes at once.
 */
public final class Dataset implements Iterable<DicomElement> {

    private static final Dataset EMPTY = new Dataset(new int[0], new DicomElement[0]);

    private final int[] tags;
    private final DicomElement[] elements;

    private Dataset(int[] tags, DicomElement[] elements) {
        this.tags = tags;
        this.elements = elements;
    }

    public static Dataset empty() {
        return EMPTY;
    }

    public static Dataset of(DicomElement... elements) {
        Builder builder = EMPTY.edit();
        for (DicomElement element : elements) {
            builder.put(element);
        }
        return builder.build();
    }

    public int size() {
        return tags.length;
    }

    public boolean isEmpty() {
        return tags.length == 0;
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    public Optional<DicomElement> get(int tag) {
        int i = indexOf(tag);
        return i >= 0 ? Optional.of(elements[i]) : Optional.empty();
    }

    /** The tag of the element at {@code index} in tag order. */
    public int tagAt(int index) {
        return tags[index];
    }

    /** The element at {@code index} in tag order. */
    public DicomElement elementAt(int index) {
        return elements[index];
    }

    /** How many elements at the start of both datasets are the very same objects (a quick diff's first step). */
    public int sharedPrefix(Dataset other) {
        int n = Math.min(elements.length, other.elements.length);
        int i = 0;
        while (i < n && elements[i] == other.elements[i]) {
            i++;
        }
        return i;
    }

    /** How many elements at the end of both datasets, not counting the first {@code skip}, are the same objects. */
    public int sharedSuffix(Dataset other, int skip) {
        int n = Math.min(elements.length, other.elements.length) - skip;
        int k = 0;
        while (k < n && elements[elements.length - 1 - k] == other.elements[other.elements.length - 1 - k]) {
            k++;
        }
        return k;
    }

    /** The elements in tag order. */
    public List<DicomElement> elements() {
        return new AbstractList<>() {
            @Override
            public DicomElement get(int index) {
                return elements[index];
            }

            @Override
            public int size() {
                return elements.length;
            }
        };
    }

    /** Elements with {@code from <= tag <= to} (unsigned), in order. */
    public List<DicomElement> range(int from, int to) {
        int start = insertionPoint(from);
        int end = start;
        while (end < tags.length && Tag.compare(tags[end], to) <= 0) {
            end++;
        }
        return elements().subList(start, end);
    }

    /** A plain array iterator (datasets are walked for every file; the list view's iterator costs more). */
    @Override
    public Iterator<DicomElement> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.length;
            }

            @Override
            public DicomElement next() {
                if (next >= elements.length) {
                    throw new java.util.NoSuchElementException();
                }
                return elements[next++];
            }
        };
    }

    /** This dataset with {@code element} added or replacing the element of the same tag. */
    public Dataset with(DicomElement element) {
        int i = indexOf(element.tag());
        if (i >= 0) {
            if (elements[i].equals(element)) {
                return this;
            }
            DicomElement[] e = elements.clone();
            e[i] = element;
            return new Dataset(tags, e);
        }
        int at = -i - 1;
        int[] t = new int[tags.length + 1];
        DicomElement[] e = new DicomElement[tags.length + 1];
        System.arraycopy(tags, 0, t, 0, at);
        System.arraycopy(elements, 0, e, 0, at);
        t[at] = element.tag();
        e[at] = element;
        System.arraycopy(tags, at, t, at + 1, tags.length - at);
        System.arraycopy(elements, at, e, at + 1, tags.length - at);
        return new Dataset(t, e);
    }

    public Dataset without(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return this;
        }
        int[] t = new int[tags.length - 1];
        DicomElement[] e = new DicomElement[tags.length - 1];
        System.arraycopy(tags, 0, t, 0, i);
        System.arraycopy(elements, 0, e, 0, i);
        System.arraycopy(tags, i + 1, t, i, tags.length - i - 1);
        System.arraycopy(elements, i + 1, e, i, tags.length - i - 1);
        return new Dataset(t, e);
    }

    /** This dataset without the elements with {@code from <= tag <= to} (unsigned). */
    public Dataset withoutRange(int from, int to) {
        int start = insertionPoint(from);
        int end = start;
        while (end < tags.length && Tag.compare(tags[end], to) <= 0) {
            end++;
        }
        if (start == end) {
            return this;
        }
        int[] t = new int[tags.length - (end - start)];
        DicomElement[] e = new DicomElement[t.length];
        System.arraycopy(tags, 0, t, 0, start);
        System.arraycopy(elements, 0, e, 0, start);
        System.arraycopy(tags, end, t, start, tags.length - end);
        System.arraycopy(elements, end, e, start, tags.length - end);
        return t.length == 0 ? EMPTY : new Dataset(t, e);
    }

    /** The elements with {@code from <= tag <= to} (unsigned) as a dataset. */
    public Dataset onlyRange(int from, int to) {
        int start = insertionPoint(from);
        int end = start;
        while (end < tags.length && Tag.compare(tags[end], to) <= 0) {
            end++;
        }
        if (start == 0 && end == tags.length) {
            return this;
        }
        return start == end ? EMPTY
                : new Dataset(Arrays.copyOfRange(tags, start, end), Arrays.copyOfRange(elements, start, end));
    }

    public Builder edit() {
        return new Builder(this);
    }

    // ---- DicomEdit-level access (spec §7.1, §11.4), text through this dataset's character set ----

    /** The value as a script reads it (spec §7.1), or empty when the element is absent. */
    public Optional<String> getText(int tag) {
        return get(tag).map(e -> ValueText.read(e, TextCodec.forDataset(this)));
    }

    /** This dataset with {@code text} written to {@code tag} per spec §11.4; throws for unparsable numbers. */
    public Dataset withText(int tag, String text) {
        return with(ValueText.write(this, tag, text, TextCodec.forDataset(this)));
    }

    private int indexOf(int tag) {
        return search(tags, tags.length, tag);
    }

    /** Binary search of the first {@code size} tags (sorted as DICOM orders them), as {@link java.util.Arrays#binarySearch}. */
    private static int search(int[] tags, int size, int tag) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Tag.compare(tags[mid], tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private int insertionPoint(int tag) {
        int i = indexOf(tag);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && Arrays.equals(tags, other.tags) && Arrays.equals(elements, other.elements);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Dataset[");
        for (int i = 0; i < tags.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Tag.toString(tags[i])).append(' ').append(elements[i].vr());
        }
        return sb.append(']').toString();
    }

    /**
     * Collects many changes and builds one new dataset; the source dataset is untouched. Elements are kept
     * in sorted arrays: a reader adds them in tag order, so a put is usually an append.
     */
    public static final class Builder {
        private int[] tags;
        private DicomElement[] elements;
        private int size;

        private Builder(Dataset source) {
            int capacity = Math.max(8, source.tags.length + 4);
            tags = Arrays.copyOf(source.tags, capacity);
            elements = Arrays.copyOf(source.elements, capacity);
            size = source.tags.length;
        }

        public Builder put(DicomElement element) {
            int tag = element.tag();
            if (size == 0 || Tag.compare(tags[size - 1], tag) < 0) {
                insertAt(size, tag, element);
                return this;
            }
            int i = find(tag);
            if (i >= 0) {
                elements[i] = element;
            } else {
                insertAt(-i - 1, tag, element);
            }
            return this;
        }

        /** Puts every element of {@code other} (its elements replace those of the same tag). */
        public Builder putAll(Dataset other) {
            if (other.tags.length == 0) {
                return this;
            }
            int[] t = new int[size + other.tags.length];
            DicomElement[] e = new DicomElement[t.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < size || j < other.tags.length) {
                int c = i == size ? 1 : j == other.tags.length ? -1 : Tag.compare(tags[i], other.tags[j]);
                if (c < 0) {
                    t[n] = tags[i];
                    e[n++] = elements[i++];
                } else {
                    t[n] = other.tags[j];
                    e[n++] = other.elements[j++];
                    i += c == 0 ? 1 : 0;
                }
            }
            tags = t;
            elements = e;
            size = n;
            return this;
        }

        public Builder remove(int tag) {
            int i = find(tag);
            if (i >= 0) {
                System.arraycopy(tags, i + 1, tags, i, size - i - 1);
                System.arraycopy(elements, i + 1, elements, i, size - i - 1);
                elements[--size] = null;
            }
            return this;
        }

        public Optional<DicomElement> get(int tag) {
            int i = find(tag);
            return i >= 0 ? Optional.of(elements[i]) : Optional.empty();
        }

        public boolean contains(int tag) {
            return find(tag) >= 0;
        }

        public Dataset build() {
            if (size == 0) {
                return EMPTY;
            }
            return new Dataset(Arrays.copyOf(tags, size), Arrays.copyOf(elements, size));
        }

        private void insertAt(int at, int tag, DicomElement element) {
            if (size == tags.length) {
                int capacity = Math.max(8, size * 2);
                tags = Arrays.copyOf(tags, capacity);
                elements = Arrays.copyOf(elements, capacity);
            }
            System.arraycopy(tags, at, tags, at + 1, size - at);
            System.arraycopy(elements, at, elements, at + 1, size - at);
            tags[at] = tag;
            elements[at] = element;
            size++;
        }

        private int find(int tag) {
            return search(tags, size, tag);
        }
    }
}
