package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Private creator blocks, spec §11.6: resolution of (gggg,{creator}ee) and first-free-slot allocation. */
class PrivateCreatorsTest {

    private static DicomElement.Value lo(int tag, String text) {
        return DicomElement.Value.of(tag, VR.LO, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** (0019,0010) "SIEMENS MR HEADER " (padded), (0019,0011) "ACME", (0019,0013) "ACME" again, three elements. */
    private static final Dataset DATA = Dataset.of(
            lo(0x00190010, "SIEMENS MR HEADER "),
            lo(0x00190011, "ACME"),
            lo(0x00190013, "ACME"),
            lo(0x00191008, "siemens"),
            lo(0x00191108, "acme"),
            lo(0x00191308, "acme again"));

    @ParameterizedTest(name = "(0019,'{'{0}'}'{1}) -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SIEMENS MR HEADER  | 08 | (0019,1008)
            "SIEMENS MR HEADER " | 08 | (0019,1008)
            ACME               | 08 | (0019,1108)
            ACME               | FF | (0019,11FF)
            acme               | 08 | none
            OTHER              | 08 | none
            """)
    void resolvesInTheLowestMatchingSlot(String creator, String elementByte, String expected) {
        OptionalInt tag = PrivateCreators.resolve(DATA, 0x0019, creator, Integer.parseInt(elementByte, 16));
        assertThat(tag.isPresent() ? Tag.toString(tag.getAsInt()) : "none").isEqualTo(expected);
    }

    @Test
    void duplicateCreatorsAreAllFoundForDeletion() {
        assertThat(PrivateCreators.slots(DATA, 0x0019, "ACME")).containsExactly(0x11, 0x13);
    }

    @Test
    void creatorsOfAnotherGroupDoNotCount() {
        assertThat(PrivateCreators.resolve(DATA, 0x0021, "ACME", 0x08)).isEmpty();
    }

    @Test
    void allocationReusesTheExistingSlot() {
        PrivateCreators.Allocation a = PrivateCreators.allocate(DATA, 0x0019, "ACME");
        assertThat(a.slot()).isEqualTo(0x11);
        assertThat(a.dataset()).isSameAs(DATA);
        assertThat(Tag.toString(a.tag(0x0019, 0x08))).isEqualTo("(0019,1108)");
    }

    @Test
    void allocationTakesTheFirstFreeSlotFrom10AndWritesTheCreatorAsLo() {
        PrivateCreators.Allocation a = PrivateCreators.allocate(DATA, 0x0019, "NEW");
        assertThat(a.slot()).isEqualTo(0x12);
        assertThat(a.dataset().get(0x00190012)).hasValue(lo(0x00190012, "NEW "));
        assertThat(DATA.contains(0x00190012)).as("the original is untouched").isFalse();
        assertThat(PrivateCreators.allocate(Dataset.empty(), 0x0029, "X").slot()).isEqualTo(0x10);
    }

    @Test
    void aFullGroupOrAnEvenGroupIsAnError() {
        Dataset.Builder full = Dataset.empty().edit();
        for (int slot = 0x10; slot <= 0xFF; slot++) {
            full.put(lo(Tag.of(0x0029, slot), "C" + slot));
        }
        assertThatThrownBy(() -> PrivateCreators.allocate(full.build(), 0x0029, "ONE MORE"))
                .isInstanceOf(DicomValueException.class)
                .hasMessage("no free private creator slot in group 0029 for \"ONE MORE\" (0010-00FF are all taken)");
        assertThatThrownBy(() -> PrivateCreators.allocate(Dataset.empty(), 0x0010, "X"))
                .isInstanceOf(DicomValueException.class).hasMessage("group 0010 is not a private group");
    }

    @Test
    void creatorsInARealFileResolve() throws Exception {
        // CT_small.dcm carries GEMS private blocks; dcmdump names the creator of (0009,0010)
        DicomFile file = new DicomReader().read(Oracles.testFile("CT_small.dcm"));
        String creator = file.dataset().getText(0x00090010).orElseThrow();
        assertThat(Oracles.dcmdump(Oracles.testFile("CT_small.dcm"))).contains("(0009,0010) LO [" + creator);
        assertThat(PrivateCreators.resolve(file.dataset(), 0x0009, creator, 0x01)).hasValue(0x00091001);
    }
}
