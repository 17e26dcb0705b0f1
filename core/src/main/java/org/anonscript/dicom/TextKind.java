package org.anonscript.dicom;

/**
 * How a text value is delimited, which decides where ISO 2022 code extensions fall back to the
 * initial character set (PS3.5 §6.1.2.5.3): control characters always reset the state; the value
 * separator {@code \} resets it in multi-valued strings and person names; {@code ^} and {@code =}
 * reset it in person names only.
 */
public enum TextKind {
    /** PN: components separated by {@code ^}, component groups by {@code =}, values by {@code \}. */
    PERSON_NAME,
    /** SH, LO, UC and the default-repertoire string VRs: values separated by {@code \}. */
    MULTI_VALUED,
    /** ST, LT, UT: one value; {@code \} is an ordinary character. */
    SINGLE_VALUED;

    /** The kind for a VR given by its two-letter code (e.g. {@code "PN"}). */
    public static TextKind forVr(String vr) {
        return switch (vr) {
            case "PN" -> PERSON_NAME;
            case "ST", "LT", "UT" -> SINGLE_VALUED;
            default -> MULTI_VALUED;
        };
    }

    /**
     * Whether values of this VR are encoded with Specific Character Set (0008,0005); every other
     * string VR uses the default repertoire only (PS3.5 §6.1.2.3).
     */
    public static boolean usesSpecificCharacterSet(String vr) {
        return switch (vr) {
            case "SH", "LO", "ST", "LT", "UC", "UT", "PN" -> true;
            default -> false;
        };
    }

    /** Whether byte {@code b} (0..255) returns an ISO 2022 value to its initial character set. */
    boolean resetsCodeExtensions(int b) {
        if (b < 0x20 && b != 0x1B) {
            return true;
        }
        return switch (this) {
            case PERSON_NAME -> b == '^' || b == '=' || b == '\\';
            case MULTI_VALUED -> b == '\\';
            case SINGLE_VALUED -> false;
        };
    }
}
