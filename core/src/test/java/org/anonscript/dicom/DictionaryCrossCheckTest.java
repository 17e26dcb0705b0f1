package org.anonscript.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our dictionary (pydicom 3.0.2, PS3.6 2024c) against an independent one: dcmtk's {@code dicom.dic}
 * (PS3.6 2022b, Debian package {@code dcmtk}). For every tag both know, keyword and VM must agree; the few
 * changes the standard itself made between the two editions are listed with their reason, and the test
 * also fails if one of those listed differences disappears.
 */
class DictionaryCrossCheckTest {

    private static final Path DEBIAN_DICTIONARY = Path.of("/usr/share/libdcmtk17/dicom.dic");

    /** dcmtk's pseudo-VRs and what PS3.6 writes instead (data-sources.md). */
    private static final Map<String, String> PSEUDO_VRS = Map.of(
            "xs", "US or SS", "ox", "OB or OW", "px", "OB or OW", "lt", "US or SS or OW", "up", "UL", "na", "");

    private static final Map<String, String> KNOWN_VM_CHANGES = Map.of(
            // PS3.6 2022b: VM 4; later editions allow a fifth value (4-5).
            "(0008,9007)", "FrameType: dcmtk 4, ours 4-5");

    private static final Map<String, String> KNOWN_VR_CHANGES = Map.of(
            // dcmtk spells LUT Data with its pseudo-VR lt (US, SS or OW); PS3.6 lists only US or OW.
            "(0028,3006)", "LUTData: dcmtk US or SS or OW, ours US or OW");

    /** One dcmtk row: VR, keyword without its RETIRED_ marker, VM, and whether it carried that marker. */
    private record DcmtkEntry(String vr, String keyword, String vm, boolean retired) {
    }

    private static Map<Integer, DcmtkEntry> dcmtk;
    private static Map<Integer, DictionaryEntry> shared;

    @BeforeAll
    static void readDcmtkDictionary() throws IOException {
        String configured = System.getenv("DCMDICTPATH");
        Path path = configured != null && !configured.isBlank() ? Path.of(configured.split(":")[0]) : DEBIAN_DICTIONARY;
        if (!Files.isRegularFile(path)) {
            fail("dcmtk's data dictionary is missing at " + path
                    + ": install dcmtk (apt-get install dcmtk) or point DCMDICTPATH at its dicom.dic");
        }
        dcmtk = parse(Files.readAllLines(path, StandardCharsets.UTF_8));
        shared = new TreeMap<>(Integer::compareUnsigned);
        Dictionary ours = Dictionary.standard();
        dcmtk.keySet().forEach(tag -> ours.byTag(tag).ifPresent(entry -> shared.put(tag, entry)));
    }

    @Test
    void theTwoDictionariesShareThousandsOfTags() {
        assertThat(dcmtk).hasSizeGreaterThan(10_000); // repeating groups expanded
        assertThat(shared).hasSizeGreaterThan(10_000);
        assertThat(shared.keySet()).contains(0x00100010, 0x7FE00010, 0x60223000, 0x00020010, 0x00000000);
    }

    @Test
    void keywordsAgreeForEverySharedTag() {
        assertThat(differences(DcmtkEntry::keyword, DictionaryEntry::keyword, Map.of())).isEmpty();
    }

    @Test
    void valueMultiplicitiesAgreeForEverySharedTag() {
        assertThat(differences(DcmtkEntry::vm, DictionaryEntry::vm, KNOWN_VM_CHANGES))
                .containsExactlyInAnyOrderEntriesOf(KNOWN_VM_CHANGES);
    }

    @Test
    void valueRepresentationsAgreeOnceDcmtkPseudoVrsAreSpelledOut() {
        Function<DcmtkEntry, String> spelledOut = e -> PSEUDO_VRS.getOrDefault(e.vr(), e.vr());
        assertThat(differences(spelledOut, DictionaryEntry::vr, KNOWN_VR_CHANGES))
                .containsExactlyInAnyOrderEntriesOf(KNOWN_VR_CHANGES);
    }

    @Test
    void whatDcmtkCallsRetiredIsRetiredHereToo() {
        // The standard retires attributes but never revives them, so only this direction must hold.
        List<String> revived = new ArrayList<>();
        shared.forEach((tag, ours) -> {
            if (dcmtk.get(tag).retired() && !ours.retired()) {
                revived.add(tagText(tag) + " " + ours.keyword());
            }
        });
        assertThat(revived).isEmpty();
    }

    /** tag → "Keyword: dcmtk X, ours Y" for every shared tag whose field differs. */
    private static Map<String, String> differences(Function<DcmtkEntry, String> theirs,
            Function<DictionaryEntry, String> mine, Map<String, String> known) {
        Map<String, String> found = new TreeMap<>();
        shared.forEach((tag, ours) -> {
            String a = theirs.apply(dcmtk.get(tag));
            String b = mine.apply(ours);
            if (!a.equals(b)) {
                found.putIfAbsent(tagText(tag), ours.keyword() + ": dcmtk " + a + ", ours " + b);
            }
        });
        return found;
    }

    /**
     * dicom.dic rows: {@code (gggg,eeee) VR Keyword VM Version}. A group or element may be a range,
     * {@code 6000-60FF} (even values), {@code 0009-o-FFFF} (odd) or {@code 0000-u-FFFF} (all). Exact rows
     * override ranges, as in dcmtk's own look-up. Private, illegal and generic rows are not PS3.6 entries.
     */
    private static Map<Integer, DcmtkEntry> parse(List<String> lines) {
        Map<Integer, DcmtkEntry> ranged = new TreeMap<>(Integer::compareUnsigned);
        Map<Integer, DcmtkEntry> exact = new TreeMap<>(Integer::compareUnsigned);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                fail("dicom.dic: unexpected row: " + line);
            }
            if (f[4].equals("PRIVATE") || f[4].equals("ILLEGAL") || f[4].equals("GENERIC")) {
                continue;
            }
            boolean retired = f[2].startsWith("RETIRED_");
            DcmtkEntry entry = new DcmtkEntry(f[1], retired ? f[2].substring("RETIRED_".length()) : f[2], f[3], retired);
            String[] groupAndElement = f[0].substring(1, f[0].length() - 1).split(",");
            List<Integer> groups = expand(groupAndElement[0]);
            List<Integer> elements = expand(groupAndElement[1]);
            Map<Integer, DcmtkEntry> target = groups.size() * elements.size() == 1 ? exact : ranged;
            for (int group : groups) {
                for (int element : elements) {
                    target.put(group << 16 | element, entry);
                }
            }
        }
        ranged.putAll(exact);
        return ranged;
    }

    private static List<Integer> expand(String range) {
        String[] parts = range.split("-");
        if (parts.length == 1) {
            return List.of(Integer.parseInt(range, 16));
        }
        String parity = parts.length == 3 ? parts[1] : "e";
        int from = Integer.parseInt(parts[0], 16);
        int to = Integer.parseInt(parts[parts.length - 1], 16);
        List<Integer> values = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            if (parity.equals("u") || (parity.equals("o") == (v % 2 == 1))) {
                values.add(v);
            }
        }
        return values;
    }

    private static String tagText(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
