package org.anonscript.dicom;

/**
 * One registered UID (PS3.6 Annex A).
 *
 * @param uid     the UID itself, e.g. {@code 1.2.840.10008.1.2.1}
 * @param name    e.g. {@code Explicit VR Little Endian}
 * @param type    as PS3.6 names it: {@code Transfer Syntax}, {@code SOP Class}, {@code Well-known SOP Instance}, …
 * @param keyword e.g. {@code ExplicitVRLittleEndian}; empty for the few retired UIDs that have none
 */
public record UidEntry(String uid, String name, String type, String keyword, boolean retired) {

    public static final String TRANSFER_SYNTAX = "Transfer Syntax";

    public boolean isTransferSyntax() {
        return TRANSFER_SYNTAX.equals(type);
    }
}
