package org.anonscript.dicom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of well-known UIDs (PS3.6 Annex A), generated from pydicom's table and loaded once. */
public final class UidRegistry {

    private static final String RESOURCE = "uids.tsv";

    private final List<UidEntry> entries;
    private final Map<String, UidEntry> byUid;
    private final Map<String, UidEntry> byKeyword;

    UidRegistry(List<UidEntry> entries) {
        this.entries = List.copyOf(entries);
        this.byUid = new HashMap<>();
        this.byKeyword = new HashMap<>();
        for (UidEntry entry : this.entries) {
            byUid.put(entry.uid(), entry);
            if (!entry.keyword().isEmpty()) {
                byKeyword.put(entry.keyword(), entry);
            }
        }
    }

    /** The standard registry, loaded lazily from the bundled resource. */
    public static UidRegistry standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final UidRegistry INSTANCE = new UidRegistry(load());

        private static List<UidEntry> load() {
            List<UidEntry> rows = new ArrayList<>();
            for (String[] f : TsvResource.read(RESOURCE, 5)) {
                rows.add(new UidEntry(f[0], f[1], f[2], f[3], TsvResource.flag(RESOURCE, f[4])));
            }
            return rows;
        }
    }

    /**
     * The registered UID; a value read from a file may carry its padding (a trailing NUL or space, PS3.5
     * §9.1), which is ignored.
     */
    public Optional<UidEntry> lookup(String uid) {
        return uid == null ? Optional.empty() : Optional.ofNullable(byUid.get(stripPadding(uid)));
    }

    /** Exact, case-sensitive keyword, e.g. {@code ExplicitVRLittleEndian}. */
    public Optional<UidEntry> byKeyword(String keyword) {
        return Optional.ofNullable(byKeyword.get(keyword));
    }

    /** True when {@code uid} is a registered transfer syntax (retired ones included). */
    public boolean isTransferSyntax(String uid) {
        return lookup(uid).map(UidEntry::isTransferSyntax).orElse(false);
    }

    /** Every registered UID, in numeric order of their components. */
    public List<UidEntry> entries() {
        return entries;
    }

    private static String stripPadding(String uid) {
        int end = uid.length();
        while (end > 0 && (uid.charAt(end - 1) == '\0' || uid.charAt(end - 1) == ' ')) {
            end--;
        }
        return uid.substring(0, end);
    }
}
