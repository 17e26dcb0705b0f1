package org.anonscript.dicom;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * One graphic character set that an ISO 2022 escape sequence designates to code element G0 (bytes
 * 0x21–0x7E) or G1 (bytes 0xA0–0xFF), per PS3.3 Tables C.12-3 and C.12-4. Each is decoded and
 * encoded through the JDK charset that contains it (e.g. JIS X 0208 through EUC-JP).
 */
enum GraphicSet {
    ASCII(false, 1, "(B", "US-ASCII"),
    /** JIS X 0201 Romaji; read as ASCII like pydicom and dcmtk do (0x5C stays a backslash). */
    JIS_X0201_ROMAJI(false, 1, "(J", "US-ASCII"),
    JIS_X0208(false, 2, "$B", "EUC-JP"),
    JIS_X0212(false, 2, "$(D", "EUC-JP"),
    LATIN1(true, 1, "-A", "ISO-8859-1"),
    LATIN2(true, 1, "-B", "ISO-8859-2"),
    LATIN3(true, 1, "-C", "ISO-8859-3"),
    LATIN4(true, 1, "-D", "ISO-8859-4"),
    GREEK(true, 1, "-F", "ISO-8859-7"),
    ARABIC(true, 1, "-G", "ISO-8859-6"),
    HEBREW(true, 1, "-H", "ISO-8859-8"),
    CYRILLIC(true, 1, "-L", "ISO-8859-5"),
    LATIN5(true, 1, "-M", "ISO-8859-9"),
    THAI(true, 1, "-T", "TIS-620"),
    JIS_X0201_KATAKANA(true, 1, ")I", "JIS_X0201"),
    KS_X1001(true, 2, "$)C", "EUC-KR"),
    GB2312(true, 2, "$)A", "GB2312");

    private static final byte ESC = 0x1B;

    /** True for sets invoked in G1 (high bit set), false for G0. */
    final boolean g1;
    /** Bytes per character. */
    final int width;
    /** The escape sequence that designates this set, ESC included. */
    final byte[] escape;
    final Charset charset;

    GraphicSet(boolean g1, int width, String escapeTail, String charsetName) {
        this.g1 = g1;
        this.width = width;
        byte[] tail = escapeTail.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.escape = new byte[tail.length + 1];
        this.escape[0] = ESC;
        System.arraycopy(tail, 0, this.escape, 1, tail.length);
        this.charset = Charset.forName(charsetName);
    }

    /** The set whose escape sequence starts at {@code bytes[at]} (an ESC, before {@code to}), or null. */
    static GraphicSet atEscape(byte[] bytes, int at, int to) {
        for (GraphicSet set : values()) {
            if (at + set.escape.length <= to
                    && Arrays.equals(bytes, at, at + set.escape.length, set.escape, 0, set.escape.length)) {
                return set;
            }
        }
        return null;
    }

    /**
     * Decodes a run of bytes all invoked from this set: G0 bytes as 0x21–0x7E, G1 bytes as 0xA0–0xFF.
     * Malformed input becomes U+FFFD, as in pydicom and dcmtk's lenient reading.
     */
    String decode(byte[] run, int length) {
        return switch (this) {
            case JIS_X0208 -> new String(shiftPairs(run, length, false), charset);
            case JIS_X0212 -> new String(shiftPairs(run, length, true), charset);
            default -> new String(run, 0, length, charset);
        };
    }

    /** Turns GL byte pairs into EUC-JP (high bit set, with the SS3 prefix for JIS X 0212). */
    private static byte[] shiftPairs(byte[] run, int length, boolean supplementary) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(length * 3 / 2 + 2);
        for (int i = 0; i < length; i += 2) {
            if (i + 1 >= length) {
                out.write(0xFF); // a lone half character: invalid in EUC-JP, decodes to U+FFFD
                break;
            }
            if (supplementary) {
                out.write(0x8F);
            }
            out.write(run[i] | 0x80);
            out.write(run[i + 1] | 0x80);
        }
        return out.toByteArray();
    }

    /** A fresh strict encoder for this set (encoders are not thread-safe). */
    CharsetEncoder newEncoder() {
        return charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The bytes of one code point in this set as they appear in the value (G0 without, G1 with the
     * high bit), or null when the set does not contain it.
     */
    byte[] encode(int codePoint, CharsetEncoder encoder) {
        if (this == ASCII || this == JIS_X0201_ROMAJI) {
            return codePoint >= 0x20 && codePoint < 0x7F ? new byte[] {(byte) codePoint} : null;
        }
        ByteBuffer encoded;
        try {
            encoder.reset();
            encoded = encoder.encode(CharBuffer.wrap(Character.toChars(codePoint)));
        } catch (CharacterCodingException e) {
            return null;
        }
        byte[] b = new byte[encoded.remaining()];
        encoded.get(b);
        return switch (this) {
            case JIS_X0208 -> b.length == 2 && (b[0] & 0xFF) >= 0xA1 && (b[0] & 0xFF) != 0x8F
                    ? new byte[] {(byte) (b[0] & 0x7F), (byte) (b[1] & 0x7F)} : null;
            case JIS_X0212 -> b.length == 3 && (b[0] & 0xFF) == 0x8F
                    ? new byte[] {(byte) (b[1] & 0x7F), (byte) (b[2] & 0x7F)} : null;
            case JIS_X0201_KATAKANA -> b.length == 1 && (b[0] & 0xFF) >= 0xA1 ? b : null;
            default -> b.length == width && (b[0] & 0xFF) >= 0xA0 ? b : null;
        };
    }
}
