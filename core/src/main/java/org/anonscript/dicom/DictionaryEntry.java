package org.anonscript.dicom;

import java.util.Arrays;
import java.util.List;

/**
 * One data dictionary row.
 *
 * @param tag     the tag, with repeating-group positions ({@code xx}) as zero
 * @param mask    1-bits where {@code tag} is fixed; {@code 0xFFFFFFFF} for an ordinary entry
 * @param vr      as spelled in PS3.6, alternatives included: {@code "US or SS"}; empty for items/delimiters
 * @param vm      {@code "1"}, {@code "1-n"}, {@code "2-2n"}, …
 */
public record DictionaryEntry(int tag, int mask, String keyword, String name, String vr, String vm, boolean retired) {

    /** The mask of an entry that names exactly one tag. */
    public static final int EXACT = 0xFFFFFFFF;

    public boolean matches(int candidate) {
        return (candidate & mask) == tag;
    }

    /** The VR alternatives, e.g. {@code [US, SS]}; the first is the usual choice. */
    public List<String> vrAlternatives() {
        return vr.isEmpty() ? List.of() : Arrays.asList(vr.split(" or "));
    }

    /** True for a repeating-group entry such as {@code (60xx,3000)}. */
    public boolean isRepeating() {
        return mask != EXACT;
    }

    /**
     * The tag as PS3.6 writes it, repeating positions as {@code x}: {@code (0010,0030)}, {@code (60xx,3000)}.
     */
    public String tagText() {
        StringBuilder text = new StringBuilder("(");
        for (int nibble = 7; nibble >= 0; nibble--) {
            int shift = nibble * 4;
            boolean fixed = ((mask >>> shift) & 0xF) == 0xF;
            text.append(fixed ? Character.toUpperCase(Character.forDigit((tag >>> shift) & 0xF, 16)) : 'x');
            if (nibble == 4) {
                text.append(',');
            }
        }
        return text.append(')').toString();
    }
}
