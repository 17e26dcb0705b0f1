package org.anonscript.dicom;

import java.util.List;
import java.util.Optional;

/**
 * The public DICOM data dictionary (PS3.6), generated from pydicom's tables and loaded once.
 * PLACEHOLDER signature fixed for parallel work; the dictionary branch replaces the body.
 */
public final class Dictionary {

    private Dictionary() {
    }

    /** The standard dictionary, loaded lazily from the bundled resource. */
    public static Dictionary standard() {
        throw new UnsupportedOperationException("dictionary not built yet");
    }

    /** Exact tag, else the repeating-group entry whose mask matches (e.g. 60xx3000). */
    public Optional<DictionaryEntry> byTag(int tag) {
        throw new UnsupportedOperationException("dictionary not built yet");
    }

    /** Exact, case-sensitive keyword ({@code PatientName}). */
    public Optional<DictionaryEntry> byKeyword(String keyword) {
        throw new UnsupportedOperationException("dictionary not built yet");
    }

    /** Case-insensitive prefix of keyword or name, for completion; non-retired first, at most {@code limit}. */
    public List<DictionaryEntry> search(String prefix, int limit) {
        throw new UnsupportedOperationException("dictionary not built yet");
    }
}
