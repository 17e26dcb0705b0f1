package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UidMapperTest {

    private static final String PREFIX = "1.2.826.0.1.3680043.2.1125";

    @Test
    void theSameValueAlwaysGetsTheSameUid() {
        UidMapper mapper = new UidMapper(new Random(1));
        String first = mapper.map("1.2.3.4", PREFIX);
        mapper.map("1.2.3.5", PREFIX);
        assertThat(mapper.map("1.2.3.4", PREFIX)).isEqualTo(first);
        assertThat(mapper.map("1.2.3.4\0", PREFIX)).as("UI padding is not part of the value").isEqualTo(first);
        assertThat(mapper.size()).isEqualTo(2);
    }

    @Test
    void distinctValuesGetDistinctValidUidsUnderThePrefix() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        UidMapper mapper = new UidMapper(new Random(seed));
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String uid = mapper.map("1.2.840.113619.2." + i, PREFIX);
            assertThat(uid).as("seed %d", seed).startsWith(PREFIX + ".");
            assertThat(Uids.isValid(uid)).as("seed %d: %s", seed, uid).isTrue();
            assertThat(issued.add(uid)).as("seed %d: %s issued twice", seed, uid).isTrue();
        }
    }

    @Test
    void eachPrefixHasItsOwnReplacement() {
        UidMapper mapper = new UidMapper(new Random(7));
        String underA = mapper.map("1.2.3", "1.2.3.4");
        String underB = mapper.map("1.2.3", "9.8.7");
        assertThat(underA).startsWith("1.2.3.4.");
        assertThat(underB).startsWith("9.8.7.");
        assertThat(mapper.mappings()).containsExactly(
                new UidMapper.Mapping("1.2.3.4", "1.2.3", underA),
                new UidMapper.Mapping("9.8.7", "1.2.3", underB));
    }

    @Test
    void aLongPrefixIsFilledUpToSixtyFourCharacters() {
        String prefix = "1." + "2".repeat(51); // 53 characters: room for exactly 10 digits
        String uid = new UidMapper(new Random(3)).map("x", prefix);
        assertThat(uid).hasSize(64).startsWith(prefix + ".");
        assertThat(Uids.isValid(uid)).isTrue();
        String shortPrefixUid = new UidMapper(new Random(3)).map("x", "1.2");
        assertThat(shortPrefixUid.length()).isBetween(4 + 30, 4 + 39);
    }

    @ParameterizedTest(name = "prefix \"{0}\" is refused")
    @ValueSource(strings = {"", "1.2.", "1..2", "01.2", "abc", "1.2222222222222222222222222222222222222222222222222222"})
    void invalidOrTooLongPrefixesAreRefused(String prefix) {
        assertThatThrownBy(() -> new UidMapper(new Random(0)).map("1.2.3", prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
    }

    @Test
    void theSameSeedMapsTheSameWay() {
        UidMapper a = new UidMapper(new Random(99));
        UidMapper b = new UidMapper(new Random(99));
        for (int i = 0; i < 20; i++) {
            assertThat(a.map("v" + i, PREFIX)).isEqualTo(b.map("v" + i, PREFIX));
        }
    }

    @Test
    void concurrentSessionsAgreeOnEveryReplacement() throws Exception {
        UidMapper mapper = new UidMapper();
        Map<String, String> firstSeen = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> failures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                failures.add(pool.submit(() -> {
                    List<String> conflicts = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        String original = "1.2.3." + ((i + offset * 125) % 500);
                        String uid = mapper.map(original, PREFIX);
                        String previous = firstSeen.putIfAbsent(original, uid);
                        if (previous != null && !previous.equals(uid)) {
                            conflicts.add(original + " -> " + previous + " and " + uid);
                        }
                    }
                    return conflicts;
                }));
            }
            for (Future<List<String>> result : failures) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(mapper.size()).isEqualTo(500);
        assertThat(new HashSet<>(firstSeen.values())).hasSize(500);
    }
}
