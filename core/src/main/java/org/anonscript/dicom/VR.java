package org.anonscript.dicom;

import java.util.Optional;

/**
 * Value representations of PS3.5 §6.2 with what encoding needs to know about each: the explicit-VR
 * header length (8 or 12 bytes), the padding byte, the maximum value length, the kind of value and,
 * for binary VRs, the width of one number (used for byte swapping and numeric views).
 */
public enum VR {
    AE(Kind.TEXT, 8, ' ', 16, 0),
    AS(Kind.TEXT, 8, ' ', 4, 0),
    AT(Kind.BINARY, 8, 0, 4, 2),
    CS(Kind.TEXT, 8, ' ', 16, 0),
    DA(Kind.TEXT, 8, ' ', 8, 0),
    DS(Kind.TEXT, 8, ' ', 16, 0),
    DT(Kind.TEXT, 8, ' ', 26, 0),
    FD(Kind.BINARY, 8, 0, 8, 8),
    FL(Kind.BINARY, 8, 0, 4, 4),
    IS(Kind.TEXT, 8, ' ', 12, 0),
    LO(Kind.TEXT, 8, ' ', 64, 0),
    LT(Kind.TEXT, 8, ' ', 10240, 0),
    OB(Kind.BINARY, 12, 0, -1, 1),
    OD(Kind.BINARY, 12, 0, -1, 8),
    OF(Kind.BINARY, 12, 0, -1, 4),
    OL(Kind.BINARY, 12, 0, -1, 4),
    OV(Kind.BINARY, 12, 0, -1, 8),
    OW(Kind.BINARY, 12, 0, -1, 2),
    PN(Kind.TEXT, 8, ' ', 64, 0),
    SH(Kind.TEXT, 8, ' ', 16, 0),
    SL(Kind.BINARY, 8, 0, 4, 4),
    SQ(Kind.SEQUENCE, 12, 0, -1, 0),
    SS(Kind.BINARY, 8, 0, 2, 2),
    ST(Kind.TEXT, 8, ' ', 1024, 0),
    SV(Kind.BINARY, 12, 0, 8, 8),
    TM(Kind.TEXT, 8, ' ', 14, 0),
    UC(Kind.TEXT, 12, ' ', -1, 0),
    UI(Kind.TEXT, 8, 0, 64, 0),
    UL(Kind.BINARY, 8, 0, 4, 4),
    UN(Kind.BINARY, 12, 0, -1, 1),
    UR(Kind.TEXT, 12, ' ', -1, 0),
    US(Kind.BINARY, 8, 0, 2, 2),
    UT(Kind.TEXT, 12, ' ', -1, 0),
    UV(Kind.BINARY, 12, 0, 8, 8);

    public enum Kind { TEXT, BINARY, SEQUENCE }

    private final Kind kind;
    private final int explicitHeaderLength;
    private final byte paddingByte;
    private final int maxLength;
    private final int numberWidth;

    VR(Kind kind, int explicitHeaderLength, int paddingByte, int maxLength, int numberWidth) {
        this.kind = kind;
        this.explicitHeaderLength = explicitHeaderLength;
        this.paddingByte = (byte) paddingByte;
        this.maxLength = maxLength;
        this.numberWidth = numberWidth;
    }

    public Kind kind() {
        return kind;
    }

    /** 8 (2-byte length field) or 12 (2 reserved bytes and a 4-byte length field) in explicit VR encodings. */
    public int explicitHeaderLength() {
        return explicitHeaderLength;
    }

    public boolean hasLongHeader() {
        return explicitHeaderLength == 12;
    }

    /** Byte appended to reach an even length: space for text, NUL for UI and binary VRs. */
    public byte paddingByte() {
        return paddingByte;
    }

    /**
     * Maximum length of one value in bytes (characters for text VRs), or -1 when only the 32-bit
     * length field limits it. For fixed-size binary numbers it is the size of one number.
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Width in bytes of one binary number (2 for US/SS/OW/AT, 4 for UL/SL/FL/OF/OL, 8 for FD/SV/UV/OD/OV),
     * 1 for OB/UN, 0 for text and sequences. Values wider than one byte are swapped between byte orders.
     */
    public int numberWidth() {
        return numberWidth;
    }

    /** US, SS, UL, SL, FL, FD, SV, UV: binary VRs that a script reads and writes as decimal numbers. */
    public boolean isBinaryNumber() {
        return switch (this) {
            case US, SS, UL, SL, FL, FD, SV, UV -> true;
            default -> false;
        };
    }

    /** Text VRs whose bytes are decoded with the Specific Character Set (the others are plain ASCII). */
    public boolean usesCharacterSet() {
        return switch (this) {
            case SH, LO, ST, LT, UC, UT, PN -> true;
            default -> false;
        };
    }

    /** Every VR by its two letters ({@code first - 'A'} * 26 + {@code second - 'A'}); read for each element header. */
    private static final VR[] BY_CODE = new VR[26 * 26];

    static {
        for (VR vr : values()) {
            BY_CODE[(vr.name().charAt(0) - 'A') * 26 + vr.name().charAt(1) - 'A'] = vr;
        }
    }

    /** The VR spelled by two header bytes, if it is one. */
    public static Optional<VR> fromCode(int first, int second) {
        return Optional.ofNullable(byCode(first, second));
    }

    /** The VR spelled by two header bytes, or null. */
    static VR byCode(int first, int second) {
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return null;
        }
        return BY_CODE[(first - 'A') * 26 + second - 'A'];
    }

    /** The first alternative of a PS3.6 VR spelling ({@code "US or SS"} → US); empty for none or unknown. */
    public static Optional<VR> fromDictionary(String spelled) {
        if (spelled == null || spelled.length() < 2) {
            return Optional.empty();
        }
        return fromCode(spelled.charAt(0), spelled.charAt(1));
    }
}
