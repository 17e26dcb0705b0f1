package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Immutable, tag-ordered datasets: snapshots stay as they were, edits share what did not change. */
class DatasetTest {

    private static DicomElement.Value cs(int tag, String text) {
        return TestFiles.text(tag, VR.CS, text);
    }

    private static List<String> tags(Dataset d) {
        return d.elements().stream().map(e -> Tag.toString(e.tag())).toList();
    }

    @Test
    void elementsAreOrderedByUnsignedTag() {
        Dataset d = Dataset.of(cs(0xFFFCFFFC, "Z"), cs(0x7FE00010, "P"), cs(0x00080060, "CT"), cs(0x00100010, "N"));
        assertThat(tags(d)).containsExactly("(0008,0060)", "(0010,0010)", "(7FE0,0010)", "(FFFC,FFFC)");
    }

    @Test
    void withAndWithoutLeaveTheSnapshotAlone() {
        Dataset before = Dataset.of(cs(0x00080060, "CT"), cs(0x00100010, "A"));
        Dataset after = before.with(cs(0x00100010, "B")).with(cs(0x00100020, "ID")).without(0x00080060);
        assertThat(before.getText(0x00100010)).hasValue("A");
        assertThat(tags(before)).containsExactly("(0008,0060)", "(0010,0010)");
        assertThat(after.getText(0x00100010)).hasValue("B");
        assertThat(tags(after)).containsExactly("(0010,0010)", "(0010,0020)");
    }

    @Test
    void unchangedEditsReturnTheSameInstanceAndUnchangedElementsAreShared() {
        DicomElement.Value big = DicomElement.Value.of(0x00091001, VR.OB, new byte[1 << 16]);
        Dataset before = Dataset.of(cs(0x00080060, "CT"), big);
        assertThat(before.with(cs(0x00080060, "CT"))).isSameAs(before);
        assertThat(before.without(0x00100010)).isSameAs(before);
        Dataset after = before.with(cs(0x00080060, "MR"));
        assertThat(after.get(0x00091001).orElseThrow()).isSameAs(big);
    }

    @Test
    void theBuilderAppliesManyChangesAtOnce() {
        Dataset before = Dataset.of(cs(0x00080060, "CT"), cs(0x00100010, "A"));
        Dataset after = before.edit().remove(0x00080060).put(cs(0x00100030, "19700101")).put(cs(0x00100010, "B")).build();
        assertThat(tags(after)).containsExactly("(0010,0010)", "(0010,0030)");
        assertThat(after.getText(0x00100010)).hasValue("B");
        assertThat(before.getText(0x00080060)).hasValue("CT");
        assertThat(Dataset.empty().edit().build()).isSameAs(Dataset.empty());
    }

    @Test
    void rangeSelectsAGroupOrABlock() {
        Dataset d = Dataset.of(cs(0x00190010, "C"), cs(0x00191001, "a"), cs(0x00191002, "b"), cs(0x00191101, "c"),
                cs(0x00210010, "D"));
        assertThat(d.range(0x00191000, 0x001910FF)).extracting(DicomElement::tag).containsExactly(0x00191001, 0x00191002);
        assertThat(d.range(0x00190000, 0x0019FFFF)).hasSize(4);
        assertThat(d.range(0x00300000, 0x0030FFFF)).isEmpty();
    }

    @Test
    void equalDatasetsAreEqual() {
        assertThat(Dataset.of(cs(0x00080060, "CT"))).isEqualTo(Dataset.of(cs(0x00080060, "CT")))
                .isNotEqualTo(Dataset.of(cs(0x00080060, "MR")));
        assertThat(Dataset.of(cs(0x00080060, "CT")).hashCode()).isEqualTo(Dataset.of(cs(0x00080060, "CT")).hashCode());
    }

    @Test
    void sequencesHoldItemDatasetsThatEditLikeAnyOther() {
        Dataset item = Dataset.of(cs(0x00080100, "T-1"));
        Dataset d = Dataset.of(DicomElement.Sequence.of(0x00082218, List.of(item, Dataset.empty())));
        Dataset edited = TestPaths.set(d, "(0008,2218)[1].(0008,0100)", "T-2");
        DicomElement.Sequence seq = (DicomElement.Sequence) edited.get(0x00082218).orElseThrow();
        assertThat(seq.items()).hasSize(2);
        assertThat(seq.items().get(0).dataset()).isSameAs(item);
        assertThat(seq.items().get(1).dataset().getText(0x00080100)).hasValue("T-2");
        assertThat(((DicomElement.Sequence) d.get(0x00082218).orElseThrow()).items().get(1).dataset().isEmpty()).isTrue();
    }
}
