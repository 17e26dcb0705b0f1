package org.anonscript.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Private creator blocks (spec §11.6): {@code (gggg,{creator}ee)} names element {@code (gggg,bbee)} where
 * {@code (gggg,00bb)} holds {@code creator}. Creator values are compared after removing trailing spaces
 * (DICOM padding); the reference engine compares exactly.
 */
public final class PrivateCreators {

    private static final int FIRST_SLOT = 0x10;
    private static final int LAST_SLOT = 0xFF;

    private PrivateCreators() {
    }

    /** A dataset after allocation and the slot {@code bb} now holding the creator. */
    public record Allocation(Dataset dataset, int slot) {
        /** The tag {@code (gggg,bbee)} for element byte {@code ee}. */
        public int tag(int group, int elementByte) {
            return Tag.of(group, slot << 8 | (elementByte & 0xFF));
        }
    }

    /** Every slot of {@code group} whose creator equals {@code creator}, lowest first (duplicates exist in real data). */
    public static List<Integer> slots(Dataset dataset, int group, String creator) {
        String wanted = stripTrailingSpaces(creator);
        List<Integer> found = new ArrayList<>();
        for (DicomElement e : dataset.range(Tag.of(group, FIRST_SLOT), Tag.of(group, LAST_SLOT))) {
            if (stripTrailingSpaces(ValueText.read(e, TextCodec.forDataset(dataset))).equals(wanted)) {
                found.add(Tag.element(e.tag()));
            }
        }
        return found;
    }

    /** The first slot of {@code group} holding {@code creator}. */
    public static OptionalInt slot(Dataset dataset, int group, String creator) {
        List<Integer> slots = slots(dataset, group, creator);
        return slots.isEmpty() ? OptionalInt.empty() : OptionalInt.of(slots.get(0));
    }

    /** The tag {@code (gggg,{creator}ee)} resolves to, if its creator is present. */
    public static OptionalInt resolve(Dataset dataset, int group, String creator, int elementByte) {
        OptionalInt slot = slot(dataset, group, creator);
        return slot.isPresent() ? OptionalInt.of(Tag.of(group, slot.getAsInt() << 8 | (elementByte & 0xFF)))
                : OptionalInt.empty();
    }

    /**
     * The slot holding {@code creator}, or the first free slot from 0x10 with {@code creator} written to it
     * as LO. Throws {@link DicomValueException} for an even group or when all 240 slots are taken.
     */
    public static Allocation allocate(Dataset dataset, int group, String creator) {
        if ((group & 1) == 0 || !Tag.isPrivate(Tag.of(group, FIRST_SLOT))) {
            throw new DicomValueException(String.format("group %04X is not a private group", group));
        }
        OptionalInt existing = slot(dataset, group, creator);
        if (existing.isPresent()) {
            return new Allocation(dataset, existing.getAsInt());
        }
        for (int slot = FIRST_SLOT; slot <= LAST_SLOT; slot++) {
            int tag = Tag.of(group, slot);
            if (!dataset.contains(tag)) {
                DicomElement creatorElement = ValueText.encode(tag, VR.LO, creator, TextCodec.forDataset(dataset));
                return new Allocation(dataset.with(creatorElement), slot);
            }
        }
        throw new DicomValueException(String.format(
                "no free private creator slot in group %04X for \"%s\" (0010-00FF are all taken)", group, creator));
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
