package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The builder keeps elements in sorted arrays (appends in the common in-order case): compared with a
 * sorted map over random puts, removes and merges, including tags above 0x7FFF0000 (negative ints).
 */
class DatasetBuilderTest {

    private static final int[] GROUPS = {0x0002, 0x0008, 0x0010, 0x0029, 0x7FE0, 0xFFFA, 0x8001};

    @Test
    void randomEditsGiveTheSameDatasetAsASortedMap() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            TreeMap<Integer, DicomElement> model = new TreeMap<>(Tag::compare);
            Dataset.Builder builder = Dataset.empty().edit();
            for (int step = 0; step < 60; step++) {
                DicomElement e = element(random);
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        model.put(e.tag(), e);
                        builder.put(e);
                    }
                    case 2 -> {
                        model.remove(e.tag());
                        builder.remove(e.tag());
                    }
                    default -> {
                        Dataset other = Dataset.of(element(random), element(random), element(random));
                        other.forEach(x -> model.put(x.tag(), x));
                        builder.putAll(other);
                    }
                }
                assertThat(builder.contains(e.tag())).isEqualTo(model.containsKey(e.tag()));
            }
            Dataset built = builder.build();
            assertThat(built.elements()).containsExactlyElementsOf(model.values());
            // a builder started from a dataset holds the same elements
            assertThat(built.edit().build()).isEqualTo(built);
        }
    }

    @Test
    void rangesSplitADatasetIntoTwoThatMergeBack() {
        Random random = new Random(7);
        List<DicomElement> elements = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            elements.add(element(random));
        }
        Dataset d = Dataset.of(elements.toArray(DicomElement[]::new));
        int from = Tag.of(0x0010, 0x0000);
        int to = Tag.of(0x0029, 0xFFFF);
        Dataset inside = d.onlyRange(from, to);
        Dataset outside = d.withoutRange(from, to);
        assertThat(inside.elements()).containsExactlyElementsOf(d.range(from, to));
        assertThat(outside.elements()).allMatch(e -> Tag.compare(e.tag(), from) < 0 || Tag.compare(e.tag(), to) > 0);
        assertThat(inside.size() + outside.size()).isEqualTo(d.size());
        assertThat(outside.edit().putAll(inside).build()).isEqualTo(d);
        assertThat(d.withoutRange(0x60000000, 0x6000FFFF)).isSameAs(d);
        assertThat(d.onlyRange(0, 0xFFFFFFFF)).isSameAs(d);
    }

    private static DicomElement element(Random random) {
        int tag = Tag.of(GROUPS[random.nextInt(GROUPS.length)], random.nextInt(12));
        return DicomElement.Value.of(tag, VR.OB, new byte[] {(byte) random.nextInt(3), 0});
    }
}
