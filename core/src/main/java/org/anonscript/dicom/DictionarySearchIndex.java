package org.anonscript.dicom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prefix search over keywords, names and tag numbers for completion.
 *
 * <p>Every entry gets a fixed rank (non-retired first, then shorter keyword, then tag). Each kind of key is
 * kept in a sorted array next to the rank of its entry, so a query is two binary searches per array plus a
 * walk over the matching slice; results are emitted in rank order from a bit set, with no sorting per query.
 */
final class DictionarySearchIndex {

    /** {@code (gggg,eeee} with any part of the element typed, or up to eight hex digits; x is a repeating digit. */
    private static final Pattern GROUP_AND_ELEMENT = Pattern.compile("\\(?\\s*([0-9A-Fa-fXx]{4})\\s*,\\s*([0-9A-Fa-fXx]{0,4})\\s*\\)?");
    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\(?\\s*([0-9A-Fa-fXx]{1,8})");

    private final DictionaryEntry[] byRank;
    /** Lower-cased keywords, lower-cased names and names reduced to letters and digits, sorted. */
    private final String[] textKeys;
    private final int[] textRanks;
    /** Eight upper-case hex digits of every exact entry, sorted. */
    private final String[] tagKeys;
    private final int[] tagRanks;
    /** The few repeating-group entries, as patterns like {@code 60xx3000}; matched one by one. */
    private final String[] repeatingPatterns;
    private final int[] repeatingRanks;

    private record Key(String text, int rank) {
    }

    DictionarySearchIndex(List<DictionaryEntry> entries) {
        byRank = entries.toArray(DictionaryEntry[]::new);
        Arrays.sort(byRank, Comparator.comparing(DictionaryEntry::retired)
                .thenComparingInt(e -> (e.keyword().isEmpty() ? e.name() : e.keyword()).length())
                .thenComparing(e -> Integer.toUnsignedLong(e.tag())));

        List<Key> text = new ArrayList<>();
        List<Key> tags = new ArrayList<>();
        List<Key> repeating = new ArrayList<>();
        for (int rank = 0; rank < byRank.length; rank++) {
            DictionaryEntry entry = byRank[rank];
            String keyword = lower(entry.keyword());
            String name = lower(entry.name());
            String compactName = compact(name);
            addText(text, keyword, rank);
            if (!name.equals(keyword)) {
                addText(text, name, rank);
            }
            if (!compactName.equals(name) && !compactName.equals(keyword)) {
                addText(text, compactName, rank);
            }
            String pattern = hexPattern(entry);
            (entry.isRepeating() ? repeating : tags).add(new Key(pattern, rank));
        }
        text.sort(Comparator.comparing(Key::text));
        tags.sort(Comparator.comparing(Key::text));
        textKeys = text.stream().map(Key::text).toArray(String[]::new);
        textRanks = text.stream().mapToInt(Key::rank).toArray();
        tagKeys = tags.stream().map(Key::text).toArray(String[]::new);
        tagRanks = tags.stream().mapToInt(Key::rank).toArray();
        repeatingPatterns = repeating.stream().map(Key::text).toArray(String[]::new);
        repeatingRanks = repeating.stream().mapToInt(Key::rank).toArray();
    }

    List<DictionaryEntry> search(String query, int limit) {
        if (limit <= 0 || query == null) {
            return List.of();
        }
        String typed = query.strip();
        BitSet exact = new BitSet(byRank.length);
        BitSet matched = new BitSet(byRank.length);
        if (typed.isEmpty()) {
            matched.set(0, byRank.length);
        } else {
            String lower = lower(typed);
            collect(textKeys, textRanks, lower, exact, matched);
            String compact = compact(lower);
            if (!compact.isEmpty() && !compact.equals(lower)) {
                collect(textKeys, textRanks, compact, exact, matched);
            }
            String hex = tagPrefix(typed);
            if (hex != null) {
                collect(tagKeys, tagRanks, hex, exact, matched);
                collectRepeating(hex, exact, matched);
            }
        }
        List<DictionaryEntry> result = new ArrayList<>(Math.min(limit, matched.cardinality()));
        for (int rank = exact.nextSetBit(0); rank >= 0 && result.size() < limit; rank = exact.nextSetBit(rank + 1)) {
            result.add(byRank[rank]);
        }
        matched.andNot(exact);
        for (int rank = matched.nextSetBit(0); rank >= 0 && result.size() < limit; rank = matched.nextSetBit(rank + 1)) {
            result.add(byRank[rank]);
        }
        return List.copyOf(result);
    }

    /** Marks the ranks of every key that starts with {@code prefix}; keys equal to it are exact. */
    private static void collect(String[] keys, int[] ranks, String prefix, BitSet exact, BitSet matched) {
        int from = lowerBound(keys, prefix);
        for (int i = from; i < keys.length && keys[i].startsWith(prefix); i++) {
            matched.set(ranks[i]);
            if (keys[i].length() == prefix.length()) {
                exact.set(ranks[i]);
            }
        }
    }

    private void collectRepeating(String hex, BitSet exact, BitSet matched) {
        for (int i = 0; i < repeatingPatterns.length; i++) {
            if (patternStartsWith(repeatingPatterns[i], hex)) {
                matched.set(repeatingRanks[i]);
                if (hex.length() == 8) {
                    exact.set(repeatingRanks[i]);
                }
            }
        }
    }

    /** {@code x} in the pattern stands for any digit; {@code x} typed by the user matches only {@code x}. */
    private static boolean patternStartsWith(String pattern, String hex) {
        for (int i = 0; i < hex.length(); i++) {
            char p = pattern.charAt(i);
            char h = hex.charAt(i);
            if (p != h && !(p == 'x' && h != 'x')) {
                return false;
            }
        }
        return true;
    }

    private static int lowerBound(String[] keys, String prefix) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid].compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The typed text as a prefix of eight hex digits ({@code x} for a repeating digit), or null when it does
     * not look like a tag. Text without a digit, comma or parenthesis (e.g. {@code Add}) is read as a word only.
     */
    static String tagPrefix(String typed) {
        if (typed.chars().noneMatch(c -> Character.isDigit(c) || c == ',' || c == '(')) {
            return null;
        }
        Matcher pair = GROUP_AND_ELEMENT.matcher(typed);
        String digits;
        if (pair.matches()) {
            String element = pair.group(2);
            if (typed.endsWith(")") && element.length() != 4) {
                return null;
            }
            digits = pair.group(1) + element;
        } else {
            Matcher plain = PLAIN_DIGITS.matcher(typed);
            if (!plain.matches()) {
                return null;
            }
            digits = plain.group(1);
        }
        StringBuilder hex = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            hex.append(c == 'x' || c == 'X' ? 'x' : Character.toUpperCase(c));
        }
        return hex.toString();
    }

    private static String hexPattern(DictionaryEntry entry) {
        String tagText = entry.tagText();
        return tagText.substring(1, 5) + tagText.substring(6, 10);
    }

    private static void addText(List<Key> keys, String text, int rank) {
        if (!text.isEmpty()) {
            keys.add(new Key(text, rank));
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, so {@code patients birth} finds "Patient's Birth Date". */
    private static String compact(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
