package org.anonscript.dicom;

/**
 * A text value contains a character that the dataset's Specific Character Set cannot represent.
 * Thrown instead of silently writing a substitute such as {@code ?}.
 */
public final class UnmappableTextException extends IllegalArgumentException {
    private final String text;
    private final int index;
    private final String characterSet;

    public UnmappableTextException(String text, int index, String characterSet) {
        super(message(text, index, characterSet));
        this.text = text;
        this.index = index;
        this.characterSet = characterSet;
    }

    private static String message(String text, int index, String characterSet) {
        int cp = text.codePointAt(index);
        return String.format("character '%s' (U+%04X) at index %d of \"%s\" cannot be encoded in Specific Character Set %s",
                new String(Character.toChars(cp)), cp, index, text, characterSet);
    }

    /** The value that could not be encoded. */
    public String text() { return text; }

    /** UTF-16 index of the first character that could not be encoded. */
    public int index() { return index; }

    /** The code point that could not be encoded. */
    public int codePoint() { return text.codePointAt(index); }

    /** The character set, as its (0008,0005) value (e.g. {@code ISO_IR 100} or {@code \ISO 2022 IR 87}). */
    public String characterSet() { return characterSet; }
}
