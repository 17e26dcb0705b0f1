package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are PS3.6 Annex A facts. */
class UidRegistryTest {

    private final UidRegistry registry = UidRegistry.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "1.2.840.10008.1.2           | Implicit VR Little Endian             | Transfer Syntax         | ImplicitVRLittleEndian         | false",
        "1.2.840.10008.1.2.1         | Explicit VR Little Endian             | Transfer Syntax         | ExplicitVRLittleEndian         | false",
        "1.2.840.10008.1.2.1.99      | Deflated Explicit VR Little Endian    | Transfer Syntax         | DeflatedExplicitVRLittleEndian | false",
        "1.2.840.10008.1.2.2         | Explicit VR Big Endian                | Transfer Syntax         | ExplicitVRBigEndian            | true",
        "1.2.840.10008.1.2.5         | RLE Lossless                          | Transfer Syntax         | RLELossless                    | false",
        "1.2.840.10008.1.1           | Verification SOP Class                | SOP Class               | Verification                   | false",
        "1.2.840.10008.5.1.4.1.1.2   | CT Image Storage                      | SOP Class               | CTImageStorage                 | false",
        "1.2.840.10008.5.1.4.1.1.4   | MR Image Storage                      | SOP Class               | MRImageStorage                 | false",
        "1.2.840.10008.1.3.10        | Media Storage Directory Storage       | SOP Class               | MediaStorageDirectoryStorage   | false",
    })
    void looksUpRegisteredUids(String uid, String name, String type, String keyword, boolean retired) {
        UidEntry entry = registry.lookup(uid).orElseThrow();
        assertThat(entry.name()).isEqualTo(name);
        assertThat(entry.type()).isEqualTo(type);
        assertThat(entry.keyword()).isEqualTo(keyword);
        assertThat(entry.retired()).isEqualTo(retired);
    }

    @ParameterizedTest(name = "isTransferSyntax({0}) = {1}")
    @CsvSource({
        "1.2.840.10008.1.2.1, true",
        "1.2.840.10008.1.2.4.50, true",
        "1.2.840.10008.1.2.2, true",
        "1.2.840.10008.5.1.4.1.1.2, false",
        "1.2.840.10008.1.2.99, false",
        "2.25.1234, false",
        "'', false",
    })
    void knowsTransferSyntaxes(String uid, boolean transferSyntax) {
        assertThat(registry.isTransferSyntax(uid)).isEqualTo(transferSyntax);
    }

    @Test
    void paddingReadFromAFileIsIgnored() {
        assertThat(registry.lookup("1.2.840.10008.1.2\0")).map(UidEntry::keyword).contains("ImplicitVRLittleEndian");
        assertThat(registry.lookup("1.2.840.10008.1.2.1 ")).map(UidEntry::keyword).contains("ExplicitVRLittleEndian");
        assertThat(registry.lookup(null)).isEmpty();
    }

    @Test
    void findsByKeywordAndHoldsTheWholeRegistry() {
        assertThat(registry.byKeyword("JPEGBaseline8Bit")).map(UidEntry::uid).contains("1.2.840.10008.1.2.4.50");
        assertThat(registry.byKeyword("jpegbaseline8bit")).isEmpty();
        assertThat(registry.entries()).hasSize(482);
        assertThat(registry.entries()).allMatch(e -> Uids.isValid(e.uid()), "every registered UID is a valid UID");
    }
}
