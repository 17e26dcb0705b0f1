package org.anonscript.eval.builtins;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lookup table behind DicomEdit's {@code lookup[table, key]} (spec §8.3): a text file supplied with
 * the script (XNAT's CLI: {@code -s script.das,table.properties}), one {@code table/key = value} a line.
 *
 * <p>The line rules are the reference's, which rest on Java's {@link String#split}: a line is split at
 * {@code =} and must give exactly two parts, then its trimmed left part is split at {@code /} and must
 * give exactly two parts; the table name and the value are trimmed, the key is kept as written (it can
 * keep a space after the {@code /}). Empty lines, lines starting with {@code //} (after leading blanks)
 * and malformed lines are ignored, and a later line replaces an earlier one with the same table and key.
 * Because {@code split} drops trailing empty parts, {@code t/k = v=} is accepted with the value
 * {@code v}, and {@code t/k=} (empty value) is ignored.
 */
public final class LookupTable {

    private final Map<String, Map<String, String>> tables;

    private LookupTable(Map<String, Map<String, String>> tables) {
        this.tables = tables;
    }

    /** A table with no entries: every look-up misses. */
    public static LookupTable empty() {
        return new LookupTable(Map.of());
    }

    /** Reads the lines of {@code text} (any of {@code \n}, {@code \r\n}, {@code \r} ends a line). */
    public static LookupTable parse(String text) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        text.lines().forEach(line -> addLine(tables, line));
        tables.replaceAll((name, entries) -> Map.copyOf(entries));
        return new LookupTable(Map.copyOf(tables));
    }

    private static void addLine(Map<String, Map<String, String>> tables, String line) {
        if (line.isEmpty() || line.trim().startsWith("//")) {
            return;
        }
        String[] sides = line.split("=");
        if (sides.length != 2) {
            return;
        }
        String[] names = sides[0].trim().split("/");
        if (names.length != 2) {
            return;
        }
        tables.computeIfAbsent(names[0].trim(), t -> new HashMap<>()).put(names[1], sides[1].trim());
    }

    /** The value stored for {@code table/key}, or empty (the script sees null). */
    public Optional<String> get(String table, String key) {
        Map<String, String> entries = table == null ? null : tables.get(table);
        return entries == null || key == null ? Optional.empty() : Optional.ofNullable(entries.get(key));
    }

    /** {@code lookup[table, key]} as the script sees it: the value or null. */
    public String lookup(String table, String key) {
        return get(table, key).orElse(null);
    }
}
