package org.anonscript.eval;

import java.util.Optional;
import org.anonscript.script.Range;

/**
 * One change an evaluation made to a dataset: where (a singular path such as
 * {@code (0040,0275)[0]/(0040,0009)}), the element's keyword, the value before and after as text, and
 * the statement that caused it (empty for the host's own bookkeeping, e.g. the file meta re-sync).
 *
 * @param before the old value as text; null when the element was added
 * @param after  the new value as text; null when the element was removed
 */
public record Change(String path, String keyword, String before, String after, Kind kind, Optional<Range> statement) {

    public enum Kind { ADDED, MODIFIED, REMOVED }

    /** The same change attributed to {@code range}. */
    public Change at(Optional<Range> range) {
        return new Change(path, keyword, before, after, kind, range);
    }
}
