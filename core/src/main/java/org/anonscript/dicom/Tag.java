package org.anonscript.dicom;


/**
 * Tags are plain {@code int}s ({@code group << 16 | element}); this class holds the helpers.
 * Ordering of tags is unsigned ({@link #compare}), as groups above 0x7FFF are negative ints.
 */
public final class Tag {

    public static final int FILE_META_GROUP_LENGTH = 0x00020000;
    public static final int TRANSFER_SYNTAX_UID = 0x00020010;
    public static final int MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002;
    public static final int MEDIA_STORAGE_SOP_INSTANCE_UID = 0x00020003;
    public static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    public static final int SOP_CLASS_UID = 0x00080016;
    public static final int SOP_INSTANCE_UID = 0x00080018;
    public static final int PIXEL_DATA = 0x7FE00010;
    public static final int FLOAT_PIXEL_DATA = 0x7FE00008;
    public static final int DOUBLE_FLOAT_PIXEL_DATA = 0x7FE00009;
    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private Tag() {
    }

    public static int of(int group, int element) {
        return (group & 0xFFFF) << 16 | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Odd groups are private, except groups 0001, 0003, 0005, 0007 and FFFF which are illegal, not private. */
    public static boolean isPrivate(int tag) {
        int group = group(tag);
        return (group & 1) == 1 && group > 0x0008 && group != 0xFFFF;
    }

    /** {@code (gggg,0010)}–{@code (gggg,00FF)} in a private group. */
    public static boolean isPrivateCreator(int tag) {
        int element = element(tag);
        return isPrivate(tag) && element >= 0x0010 && element <= 0x00FF;
    }

    public static boolean isGroupLength(int tag) {
        return element(tag) == 0;
    }

    /** Item, item delimitation and sequence delimitation tags (group FFFE). */
    public static boolean isDelimiter(int tag) {
        return group(tag) == 0xFFFE;
    }

    public static int compare(int a, int b) {
        return Integer.compareUnsigned(a, b);
    }

    /** {@code (0010,0010)}. */
    public static String toString(int tag) {
        char[] c = {'(', 0, 0, 0, 0, ',', 0, 0, 0, 0, ')'};
        for (int i = 0; i < 8; i++) {
            c[i < 4 ? 1 + i : 2 + i] = HEX[tag >>> (28 - 4 * i) & 0xF];
        }
        return new String(c);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Accepts {@code (0010,0010)}, {@code 0010,0010} and {@code 00100010}; case-insensitive hex. */
    public static int parse(String text) {
        String t = text.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1);
        }
        t = t.replace(",", "");
        if (t.length() != 8) {
            throw new IllegalArgumentException("not a tag: " + text);
        }
        try {
            return (int) Long.parseLong(t, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag: " + text, e);
        }
    }
}
