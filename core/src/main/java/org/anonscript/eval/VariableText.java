package org.anonscript.eval;

import java.util.ArrayList;
import java.util.List;
import org.anonscript.script.TagPath;

/**
 * A script variable's value (see {@link Outcome#variables()}) for display: text in quotes (as read, not escaped),
 * lists in braces, paths as paths, {@code true}/{@code false}, and {@code null} for no value.
 */
public final class VariableText {

    private VariableText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + s + "\""; // as read, like values in diffs
        }
        if (value instanceof TagPath path) {
            return PathText.of(path);
        }
        if (value instanceof List<?> list) {
            List<String> entries = new ArrayList<>();
            list.forEach(v -> entries.add(of(v)));
            return entries.isEmpty() ? "{}" : "{" + String.join(", ", entries) + "}";
        }
        return String.valueOf(value);
    }
}
