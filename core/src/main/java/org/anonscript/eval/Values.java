package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.script.TagPath;

/**
 * Runtime values (spec §5) are plain Java objects: {@link String}, {@code null} (absent),
 * {@link Boolean}, {@link List} (of values), {@link TagPath} (a path passed to a function, §7.2) and
 * {@link #VOID} (the result of a procedure).
 */
final class Values {

    /** The result of a procedure such as {@code removeTags}; assigning or echoing it is an error. */
    enum Void { VOID }

    static final Object VOID = Void.VOID;

    private Values() {
    }

    /** Nested lists spliced in, left to right. */
    static List<Object> flatten(List<?> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List<?> list) {
                out.addAll(flatten(list));
            } else {
                out.add(v);
            }
        }
        return out;
    }
}
