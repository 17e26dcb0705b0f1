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

    public boolean matches(int candidate) {
        return (candidate & mask) == tag;
    }

    /** The VR alternatives, e.g. {@code [US, SS]}; the first is the usual choice. */
    public List<String> vrAlternatives() {
        return vr.isEmpty() ? List.of() : Arrays.asList(vr.split(" or "));
    }
}
