package org.anonscript.diff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.anonscript.eval.Change;

/**
 * Renders a {@link TagDiff} for people (aligned columns: marker, path, keyword, before, after; ANSI
 * colours when asked, for terminals) or for tools (JSON). Shared by {@code run --dry-run}, {@code diff},
 * the REPL and the editor.
 */
public final class DiffRenderer {

    /** Cells longer than this are shortened with an ellipsis in text output (JSON keeps everything). */
    static final int MAX_CELL = 48;

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private DiffRenderer() {
    }

    /**
     * One line per change: {@code +} added, {@code -} removed, {@code ~} modified; absent values show as
     * {@code -}, text values in double quotes. Empty diff: no lines.
     */
    public static List<String> lines(TagDiff diff, boolean color) {
        List<Change> changes = diff.changes();
        int pathWidth = 0;
        int keywordWidth = 0;
        int beforeWidth = 0;
        for (Change c : changes) {
            pathWidth = Math.max(pathWidth, c.path().length());
            keywordWidth = Math.max(keywordWidth, c.keyword().length());
            beforeWidth = Math.max(beforeWidth, cell(c.before()).length());
        }
        List<String> out = new java.util.ArrayList<>();
        for (Change c : changes) {
            String marker = switch (c.kind()) {
                case ADDED -> "+";
                case REMOVED -> "-";
                case MODIFIED -> "~";
            };
            String before = pad(cell(c.before()), beforeWidth);
            String after = cell(c.after());
            StringBuilder sb = new StringBuilder();
            sb.append(marker).append(' ').append(pad(c.path(), pathWidth)).append("  ")
                    .append(pad(c.keyword(), keywordWidth)).append("  ");
            if (color) {
                sb.append(c.before() == null ? DIM : RED).append(before).append(RESET).append("  ->  ")
                        .append(c.after() == null ? DIM : GREEN).append(after).append(RESET);
            } else {
                sb.append(before).append("  ->  ").append(after);
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    /** A JSON array of {path, keyword, kind, before, after, line, column} (1-based statement position). */
    public static JsonArray json(TagDiff diff) {
        JsonArray array = new JsonArray();
        for (Change c : diff.changes()) {
            JsonObject o = new JsonObject();
            o.addProperty("path", c.path());
            o.addProperty("keyword", c.keyword());
            o.addProperty("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.addProperty("before", c.before());
            o.addProperty("after", c.after());
            c.statement().ifPresent(r -> {
                o.addProperty("line", r.start().line() + 1);
                o.addProperty("column", r.start().column() + 1);
            });
            array.add(o);
        }
        return array;
    }

    public static String pretty(com.google.gson.JsonElement json) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(json);
    }

    static String cell(String value) {
        if (value == null) {
            return "-";
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            return value; // a description such as [2 items], not a value
        }
        String shown = value.length() > MAX_CELL ? value.substring(0, MAX_CELL - 1) + "…" : value;
        return "\"" + shown + "\"";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
