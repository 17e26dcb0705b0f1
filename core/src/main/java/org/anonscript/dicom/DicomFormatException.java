package org.anonscript.dicom;

import java.io.IOException;

/** Malformed or truncated DICOM input; the message names the file, the byte offset and the element. */
public final class DicomFormatException extends IOException {

    private final String source;
    private final long offset;
    private final int tag;

    /** @param tag the element being read, or -1 when none was (e.g. at the preamble) */
    public DicomFormatException(String source, long offset, int tag, String problem) {
        super(source + ": at byte offset " + offset + (tag == -1 ? "" : " reading element " + Tag.toString(tag))
                + ": " + problem);
        this.source = source;
        this.offset = offset;
        this.tag = tag;
    }

    public String source() {
        return source;
    }

    public long offset() {
        return offset;
    }

    /** The element being read, or -1. */
    public int tag() {
        return tag;
    }
}
