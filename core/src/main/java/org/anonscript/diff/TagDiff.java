package org.anonscript.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anonscript.dicom.Dataset;
import org.anonscript.dicom.DicomElement;
import org.anonscript.dicom.Dictionary;
import org.anonscript.dicom.DictionaryEntry;
import org.anonscript.dicom.Tag;
import org.anonscript.dicom.TextCodec;
import org.anonscript.dicom.ValueText;
import org.anonscript.dicom.VR;
import org.anonscript.eval.Change;
import org.anonscript.script.Range;

/**
 * A tag diff: rows of path, keyword, before and after. Built from an evaluator's change log, or computed
 * from two datasets (the evaluator itself uses {@link #changes} after every statement, so the two views
 * agree by construction). Sequences are compared item by item; an added or removed sequence is one row.
 */
public record TagDiff(List<Change> changes) {

    /** Text values longer than this are shown by length only (e.g. pixel data). */
    static final int MAX_TEXT = 64;

    public TagDiff {
        changes = List.copyOf(changes);
    }

    public static TagDiff between(Dataset before, Dataset after) {
        return new TagDiff(changes(before, after, Optional.empty()));
    }

    /**
     * The net effect of a change log, one row per element in path order: the first "before" and the
     * last "after" of each path (attributed to the last statement that touched it); elements that end
     * as they began drop out. This is what a reader of a dry run wants, and it equals
     * {@link #between} of the input and the output; the raw log keeps every step.
     */
    public static TagDiff net(List<Change> log) {
        java.util.Map<String, Change> byPath = new java.util.LinkedHashMap<>();
        for (Change c : log) {
            Change first = byPath.get(c.path());
            if (first == null) {
                byPath.put(c.path(), c);
            } else {
                byPath.put(c.path(), new Change(c.path(), c.keyword(), first.before(), c.after(), c.kind(), c.statement()));
            }
        }
        List<Change> out = new ArrayList<>();
        for (Change c : byPath.values()) {
            if (java.util.Objects.equals(c.before(), c.after())) {
                continue;
            }
            Change.Kind kind = c.before() == null ? Change.Kind.ADDED
                    : c.after() == null ? Change.Kind.REMOVED : Change.Kind.MODIFIED;
            out.add(new Change(c.path(), c.keyword(), c.before(), c.after(), kind, c.statement()));
        }
        out.sort(java.util.Comparator.comparing(TagDiff::sortKey));
        return new TagDiff(out);
    }

    /** Paths compare by their tags and item numbers, so (0008,1115)[10] comes after (0008,1115)[9]. */
    private static String sortKey(Change c) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(c.path());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "[" + String.format("%08d", Integer.parseInt(m.group(1))) + "]");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The element-level differences of two datasets, each attributed to {@code statement}. */
    public static List<Change> changes(Dataset before, Dataset after, Optional<Range> statement) {
        List<Change> out = new ArrayList<>();
        if (before != after) {
            compare(before, after, "", new Codecs(before, after), statement, out);
        }
        return out;
    }

    /**
     * The text codecs of the two top-level datasets, made only when a row is written: the evaluator
     * compares after every statement, and most elements are the same objects on both sides.
     */
    private static final class Codecs {
        private final Dataset before;
        private final Dataset after;
        private TextCodec a;
        private TextCodec b;

        Codecs(Dataset before, Dataset after) {
            this.before = before;
            this.after = after;
        }

        TextCodec a() {
            if (a == null) {
                a = TextCodec.forDataset(before);
            }
            return a;
        }

        TextCodec b() {
            if (b == null) {
                b = TextCodec.forDataset(after);
            }
            return b;
        }
    }

    private static void compare(Dataset a, Dataset b, String prefix, Codecs codecs, Optional<Range> statement,
            List<Change> out) {
        // the same element objects at the same places are unchanged: only the part between them is compared
        int i = a.sharedPrefix(b);
        int j = i;
        int suffix = a.sharedSuffix(b, i);
        int m = a.size() - suffix;
        int n = b.size() - suffix;
        while (i < m || j < n) {
            int c = i >= m ? 1 : j >= n ? -1 : Tag.compare(a.tagAt(i), b.tagAt(j));
            if (c < 0) {
                DicomElement e = a.elementAt(i++);
                out.add(change(prefix, e.tag(), text(e, codecs.a()), null, Change.Kind.REMOVED, statement));
            } else if (c > 0) {
                DicomElement e = b.elementAt(j++);
                out.add(change(prefix, e.tag(), null, text(e, codecs.b()), Change.Kind.ADDED, statement));
            } else {
                DicomElement e = a.elementAt(i++);
                DicomElement f = b.elementAt(j++);
                if (e == f || e.equals(f) || sameBulkValue(e, f)) {
                    continue;
                }
                if (e instanceof DicomElement.Sequence s && f instanceof DicomElement.Sequence t) {
                    compareItems(s, t, prefix, codecs, statement, out);
                } else {
                    out.add(change(prefix, e.tag(), text(e, codecs.a()), text(f, codecs.b()), Change.Kind.MODIFIED, statement));
                }
            }
        }
    }

    private static void compareItems(DicomElement.Sequence s, DicomElement.Sequence t, String prefix, Codecs codecs,
            Optional<Range> statement, List<Change> out) {
        String base = prefix + Tag.toString(s.tag());
        int n = Math.max(s.items().size(), t.items().size());
        for (int k = 0; k < n; k++) {
            String itemPath = base + "[" + k + "]";
            if (k >= s.items().size()) {
                out.add(new Change(itemPath, keyword(s.tag()), null, describe(t.items().get(k).dataset()),
                        Change.Kind.ADDED, statement));
            } else if (k >= t.items().size()) {
                out.add(new Change(itemPath, keyword(s.tag()), describe(s.items().get(k).dataset()), null,
                        Change.Kind.REMOVED, statement));
            } else {
                Dataset da = s.items().get(k).dataset();
                Dataset db = t.items().get(k).dataset();
                if (da != db && !da.equals(db)) {
                    compare(da, db, itemPath + "/", codecs, statement, out);
                }
            }
        }
        if (s.vr() != t.vr() && out.isEmpty()) {
            out.add(change(prefix, s.tag(), s.vr().name(), t.vr().name(), Change.Kind.MODIFIED, statement));
        }
    }

    /** Bulk values of two files are equal when their bytes are (a file region compares by position). */
    private static boolean sameBulkValue(DicomElement e, DicomElement f) {
        return e instanceof DicomElement.Value a && f instanceof DicomElement.Value b && a.vr() == b.vr()
                && (a.isBulk() || b.isBulk()) && a.length() == b.length()
                && java.util.Arrays.equals(a.toArray(), b.toArray());
    }

    private static Change change(String prefix, int tag, String before, String after, Change.Kind kind,
            Optional<Range> statement) {
        return new Change(prefix + Tag.toString(tag), keyword(tag), before, after, kind, statement);
    }

    /** The dictionary keyword; private creators and unknown tags have none. */
    public static String keyword(int tag) {
        if (Tag.isPrivateCreator(tag)) {
            return "PrivateCreator";
        }
        if (Tag.isPrivate(tag)) {
            return "";
        }
        return Dictionary.standard().byTag(tag).map(DictionaryEntry::keyword).orElse("");
    }

    /** An element as a diff cell shows it. */
    public static String text(DicomElement e, TextCodec codec) {
        if (e instanceof DicomElement.Sequence s) {
            return "[" + s.items().size() + (s.items().size() == 1 ? " item]" : " items]");
        }
        if (e instanceof DicomElement.Fragments f) {
            return "[" + e.vr() + " encapsulated, " + f.fragments().size() + " fragments]";
        }
        return valueText((DicomElement.Value) e, codec);
    }

    private static String valueText(DicomElement.Value v, TextCodec codec) {
        boolean binary = switch (v.vr()) {
            case OB, OW, OF, OD, OL, OV, UN -> true;
            default -> false;
        };
        if (v.isBulk() || (binary && v.length() > MAX_TEXT)) {
            return "[" + v.vr() + ", " + v.length() + " bytes]";
        }
        String text = ValueText.read(v, codec);
        if (binary && !printable(text)) {
            return "[" + v.vr() + ", " + v.length() + " bytes]";
        }
        return text;
    }

    private static boolean printable(String text) {
        return text.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7F && ch != 0xFFFD);
    }

    private static String describe(Dataset item) {
        return "[item, " + item.size() + (item.size() == 1 ? " element]" : " elements]");
    }
}
