package org.anonscript.dicom;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The original → replacement UID memory behind {@code mapUID[value, prefix]} and
 * {@code mapReferencedUIDs[prefix, paths…]} (spec §8.3, §12.3): one per evaluator session, shared by every
 * file of a run, so the same original always gets the same replacement.
 *
 * <p>Both functions use {@link #map(String, String)}, so a UID replaced by {@code mapUID} and the same UID
 * met again in a reference get one replacement. The memory is keyed by (prefix, original): every result
 * lies under the prefix it was asked for. Distinct originals never share a replacement. Thread-safe.
 */
public final class UidMapper {

    /** A prefix must leave room for this many random digits, so that collisions stay negligible. */
    public static final int MIN_RANDOM_DIGITS = 10;

    private final RandomGenerator random;
    private final Map<Key, String> replacements = new LinkedHashMap<>();
    private final Set<String> issued = new HashSet<>();

    /** One remembered replacement. */
    public record Mapping(String prefix, String original, String replacement) {
    }

    private record Key(String prefix, String original) {
    }

    /** A mapper drawing its digits from {@code random}; pass a seeded generator for reproducible tests. */
    public UidMapper(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public UidMapper() {
        this(new SecureRandom());
    }

    /**
     * The replacement of {@code original} under {@code prefix}: {@code prefix.<random digits>}, a valid UID
     * of at most 64 characters, the same one every time this original is mapped under this prefix.
     * Trailing NUL or space padding of {@code original} is ignored.
     *
     * @throws IllegalArgumentException if {@code prefix} is not a valid UID or leaves fewer than
     *                                  {@value #MIN_RANDOM_DIGITS} characters for the random part
     */
    public synchronized String map(String original, String prefix) {
        Objects.requireNonNull(original, "original");
        checkPrefix(prefix);
        Key key = new Key(prefix, stripPadding(original));
        String known = replacements.get(key);
        if (known != null) {
            return known;
        }
        String fresh;
        do {
            fresh = prefix + "." + randomDigits(Uids.MAX_LENGTH - prefix.length() - 1);
        } while (!issued.add(fresh));
        replacements.put(key, fresh);
        return fresh;
    }

    /** The replacements made so far, oldest first. */
    public synchronized List<Mapping> mappings() {
        List<Mapping> all = new ArrayList<>(replacements.size());
        replacements.forEach((key, uid) -> all.add(new Mapping(key.prefix(), key.original(), uid)));
        return List.copyOf(all);
    }

    public synchronized int size() {
        return replacements.size();
    }

    /** The digits of a random version-4 UUID (up to 39, first one never 0), cut to {@code room}. */
    private String randomDigits(int room) {
        String digits = Uids.randomUuidDigits(random);
        return digits.length() <= room ? digits : digits.substring(0, room);
    }

    private static void checkPrefix(String prefix) {
        if (!Uids.isValid(prefix)) {
            throw new IllegalArgumentException("UID prefix is not a valid UID: '" + prefix + "'");
        }
        if (Uids.MAX_LENGTH - prefix.length() - 1 < MIN_RANDOM_DIGITS) {
            throw new IllegalArgumentException("UID prefix is too long (" + prefix.length()
                    + " characters): a UID is at most 64 and needs " + MIN_RANDOM_DIGITS + " random digits after it");
        }
    }

    private static String stripPadding(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == '\0' || value.charAt(end - 1) == ' ')) {
            end--;
        }
        return value.substring(0, end);
    }
}
