package org.anonscript.dicom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public DICOM data dictionary (PS3.6, plus the PS3.7 command group), generated from pydicom's tables
 * by {@code tools/dictionary/generate.py} and loaded once, on first use.
 *
 * <p>Look-ups by tag and keyword are hash look-ups; repeating-group masks ({@code 60xx3000}) are tried only
 * when the exact look-up misses, one hash look-up per distinct mask. Private tags (odd groups) are never in
 * the public dictionary.
 */
public final class Dictionary {

    /**
     * PS3.5 §7.2: element 0000 of every group is its Group Length (UL). Outside groups 0000 and 0002 the
     * standard has retired it, and PS3.6 has no row for it, so one generic entry stands for all groups.
     */
    static final DictionaryEntry GROUP_LENGTH =
            new DictionaryEntry(0x00000000, 0x0000FFFF, "GroupLength", "Group Length", "UL", "1", true);

    private static final String RESOURCE = "dictionary.tsv";

    private final List<DictionaryEntry> entries;
    /**
     * Non-repeating entries by tag: sorted tags with their entries at the same index. Tags hash badly
     * ({@code Integer.hashCode} is the tag, so group and element collide in a HashMap's low bits).
     */
    private final int[] exactTags;
    private final DictionaryEntry[] exactEntries;
    /** Repeating-group entries, grouped by mask; the masks with the most fixed bits come first. */
    private final List<MaskGroup> repeating;
    private final Map<String, DictionaryEntry> keywords;
    /** Built on the first {@link #search}: only completion needs it, and building it slows every start. */
    private volatile DictionarySearchIndex searchIndex;

    private record MaskGroup(int mask, Map<Integer, DictionaryEntry> entries) {
    }

    Dictionary(Collection<DictionaryEntry> rows) {
        this.entries = List.copyOf(rows);
        Map<Integer, DictionaryEntry> exact = new HashMap<>();
        this.keywords = new HashMap<>();
        Map<Integer, Map<Integer, DictionaryEntry>> byMask = new LinkedHashMap<>();
        for (DictionaryEntry entry : entries) {
            if (entry.isRepeating()) {
                byMask.computeIfAbsent(entry.mask(), m -> new HashMap<>()).put(entry.tag(), entry);
            } else {
                exact.put(entry.tag(), entry);
            }
            if (!entry.keyword().isEmpty()) {
                keywords.put(entry.keyword(), entry);
            }
        }
        List<MaskGroup> groups = new ArrayList<>();
        byMask.forEach((mask, group) -> groups.add(new MaskGroup(mask, Map.copyOf(group))));
        groups.sort(Comparator.comparingInt((MaskGroup g) -> Integer.bitCount(g.mask())).reversed());
        this.repeating = List.copyOf(groups);
        this.exactTags = exact.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.exactEntries = new DictionaryEntry[exactTags.length];
        for (int i = 0; i < exactTags.length; i++) {
            exactEntries[i] = exact.get(exactTags[i]);
        }
    }

    /** The standard dictionary, loaded lazily from the bundled resource. */
    public static Dictionary standard() {
        return Standard.INSTANCE;
    }

    // The holder idiom: the JVM runs this class's initialiser once, on first use, thread-safely.
    private static final class Standard {
        static final Dictionary INSTANCE = new Dictionary(load());

        private static List<DictionaryEntry> load() {
            List<DictionaryEntry> rows = new ArrayList<>();
            for (String[] f : TsvResource.read(RESOURCE, 6)) {
                rows.add(parseRow(f));
            }
            return rows;
        }
    }

    /** One row of dictionary.tsv: tag (x for repeating positions), VR, VM, keyword, name, retired. */
    static DictionaryEntry parseRow(String[] f) {
        String pattern = f[0];
        if (pattern.length() != 8) {
            throw new IllegalStateException(RESOURCE + ": tag must have 8 characters: " + pattern);
        }
        int tag = 0;
        int mask = 0;
        for (int i = 0; i < 8; i++) {
            char c = pattern.charAt(i);
            tag <<= 4;
            mask <<= 4;
            if (c == 'x') {
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                throw new IllegalStateException(RESOURCE + ": bad tag " + pattern);
            }
            tag |= digit;
            mask |= 0xF;
        }
        return new DictionaryEntry(tag, mask, f[3], f[4], f[1], f[2], TsvResource.flag(RESOURCE, f[5]));
    }

    /**
     * Exact tag, else the generic Group Length for {@code (gggg,0000)}, else the repeating-group entry whose
     * mask matches (e.g. 60xx3000). Private tags (odd groups) give empty.
     */
    public Optional<DictionaryEntry> byTag(int tag) {
        DictionaryEntry entry = exactEntry(tag);
        if (entry != null) {
            return Optional.of(entry);
        }
        if (isPrivateGroup(tag)) {
            return Optional.empty();
        }
        if ((tag & 0xFFFF) == 0) {
            return Optional.of(GROUP_LENGTH);
        }
        for (MaskGroup group : repeating) {
            entry = group.entries().get(tag & group.mask());
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Only the row for exactly this tag: no repeating groups, no generic group length. */
    public Optional<DictionaryEntry> byTagExact(int tag) {
        return Optional.ofNullable(exactEntry(tag));
    }

    private DictionaryEntry exactEntry(int tag) {
        int at = java.util.Arrays.binarySearch(exactTags, tag);
        return at >= 0 ? exactEntries[at] : null;
    }

    /** Exact, case-sensitive keyword ({@code PatientName}). */
    public Optional<DictionaryEntry> byKeyword(String keyword) {
        return Optional.ofNullable(keywords.get(keyword));
    }

    /** The keyword of {@link #byTag(int)}, e.g. {@code PatientBirthDate}; empty if unknown or without keyword. */
    public Optional<String> keyword(int tag) {
        return byTag(tag).map(DictionaryEntry::keyword).filter(k -> !k.isEmpty());
    }

    /** The name of {@link #byTag(int)}, e.g. {@code Patient's Birth Date}; empty if unknown or unnamed. */
    public Optional<String> name(int tag) {
        return byTag(tag).map(DictionaryEntry::name).filter(n -> !n.isEmpty());
    }

    /**
     * Case-insensitive prefix of keyword or name ({@code PatientBi}, {@code patient's bi}), or a numeric tag
     * prefix ({@code 0010,003}, {@code (0010,0030)}, {@code 00100030}), for completion. Exact matches come
     * first, then non-retired before retired, then shorter keywords, then tag order; at most {@code limit}.
     */
    public List<DictionaryEntry> search(String prefix, int limit) {
        DictionarySearchIndex index = searchIndex;
        if (index == null) {
            synchronized (this) {
                index = searchIndex;
                if (index == null) {
                    index = new DictionarySearchIndex(entries);
                    searchIndex = index;
                }
            }
        }
        return index.search(prefix, limit);
    }

    /** Every row of the table, repeating-group rows included, in tag order. */
    public List<DictionaryEntry> entries() {
        return entries;
    }

    /** True for odd groups, which PS3.5 §7.8 reserves for private data elements. */
    public static boolean isPrivateGroup(int tag) {
        return ((tag >>> 16) & 1) == 1;
    }
}
