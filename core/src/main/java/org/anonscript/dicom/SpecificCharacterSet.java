package org.anonscript.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The character repertoire(s) named by Specific Character Set (0008,0005), which decode and encode
 * the values of SH, LO, ST, LT, UC, UT and PN (PS3.3 §C.12.1.1.2, PS3.5 §6.1).
 *
 * <p>Without code extensions (one value, not "ISO 2022 …") a value is one JDK charset. With code
 * extensions the value's bytes are read as ISO 2022: escape sequences designate graphic sets to G0
 * or G1, and control characters and delimiters (see {@link TextKind}) return to the sets of the first
 * value. Instances are immutable and thread-safe.
 */
public final class SpecificCharacterSet {

    /**
     * ISO_IR 6, the default repertoire. Strictly this is ASCII only, but files in the wild put Latin-1
     * in such values; bytes above 0x7F are therefore decoded leniently as ISO 8859-1, exactly as dcmtk
     * and pydicom do. Encoding stays strict: only ASCII can be written.
     */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of(), List.of(), null,
            GraphicSet.ASCII, null, List.of(GraphicSet.ASCII));

    /** The values of (0008,0005) as given, e.g. {@code ["", "ISO 2022 IR 87"]}. */
    private final List<String> definedTerms;
    /** Defined terms we do not know; they are ignored (and reported by {@link #unknownTerms()}). */
    private final List<String> unknownTerms;
    /** The JDK charset for a value without code extensions, or null for ISO 2022 reading. */
    private final Charset plainCharset;
    /** Initial G0 and G1 sets (from the first value) for ISO 2022 reading; G1 may be null. */
    private final GraphicSet initialG0;
    private final GraphicSet initialG1;
    /** Every set the defined terms allow, in the order of the terms (encoding tries them in this order). */
    private final List<GraphicSet> repertoire;

    private SpecificCharacterSet(List<String> definedTerms, List<String> unknownTerms, Charset plainCharset,
                                 GraphicSet initialG0, GraphicSet initialG1, List<GraphicSet> repertoire) {
        this.definedTerms = definedTerms;
        this.unknownTerms = unknownTerms;
        this.plainCharset = plainCharset;
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.repertoire = repertoire;
    }

    /** The character set named by the values of (0008,0005); no values (or one empty value) is {@link #DEFAULT}. */
    public static SpecificCharacterSet of(String... definedTerms) {
        List<String> terms = new ArrayList<>();
        for (String term : definedTerms) {
            terms.add(term == null ? "" : term.strip());
        }
        if (terms.isEmpty() || (terms.size() == 1 && terms.get(0).isEmpty())) {
            return DEFAULT;
        }
        List<String> unknown = new ArrayList<>();
        String first = terms.get(0);
        Charset standAlone = standAloneCharset(first);
        if (standAlone != null) {
            // UTF-8, GB18030 and GBK allow no code extensions (PS3.5 §6.1.2.5.4 d); further values are ignored.
            unknown.addAll(terms.subList(1, terms.size()));
            return new SpecificCharacterSet(List.copyOf(terms), List.copyOf(unknown), standAlone, null, null, List.of());
        }
        Set<GraphicSet> repertoire = new LinkedHashSet<>();
        GraphicSet[] initial = null;
        for (String term : terms) {
            GraphicSet[] sets = setsOf(term);
            if (sets == null) {
                unknown.add(term);
                continue;
            }
            if (initial == null && term == first) {
                initial = sets;
            }
            for (GraphicSet set : sets) {
                if (set != null) {
                    repertoire.add(set);
                }
            }
        }
        if (initial == null) {
            initial = new GraphicSet[] {GraphicSet.ASCII, null};
        }
        repertoire.add(GraphicSet.ASCII);
        return new SpecificCharacterSet(List.copyOf(terms), List.copyOf(unknown), null,
                initial[0], initial[1], List.copyOf(repertoire));
    }

    /** Parses the raw (0008,0005) value, values separated by {@code \}. */
    public static SpecificCharacterSet fromValue(String value) {
        return value == null ? DEFAULT : of(value.split("\\\\", -1));
    }

    private static Charset standAloneCharset(String term) {
        return switch (term) {
            case "ISO_IR 192" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            case "GBK" -> Charset.forName("GBK");
            default -> null;
        };
    }

    /** {G0, G1} for a defined term with or without code extensions, or null if the term is unknown. */
    private static GraphicSet[] setsOf(String term) {
        String ir;
        if (term.isEmpty()) {
            ir = "6";
        } else if (term.startsWith("ISO_IR ")) {
            ir = term.substring("ISO_IR ".length());
        } else if (term.startsWith("ISO 2022 IR ")) {
            ir = term.substring("ISO 2022 IR ".length());
        } else {
            return null;
        }
        GraphicSet ascii = GraphicSet.ASCII;
        return switch (ir) {
            case "6" -> new GraphicSet[] {ascii, null};
            case "100" -> new GraphicSet[] {ascii, GraphicSet.LATIN1};
            case "101" -> new GraphicSet[] {ascii, GraphicSet.LATIN2};
            case "109" -> new GraphicSet[] {ascii, GraphicSet.LATIN3};
            case "110" -> new GraphicSet[] {ascii, GraphicSet.LATIN4};
            case "126" -> new GraphicSet[] {ascii, GraphicSet.GREEK};
            case "127" -> new GraphicSet[] {ascii, GraphicSet.ARABIC};
            case "138" -> new GraphicSet[] {ascii, GraphicSet.HEBREW};
            case "144" -> new GraphicSet[] {ascii, GraphicSet.CYRILLIC};
            case "148" -> new GraphicSet[] {ascii, GraphicSet.LATIN5};
            case "166" -> new GraphicSet[] {ascii, GraphicSet.THAI};
            case "13" -> new GraphicSet[] {GraphicSet.JIS_X0201_ROMAJI, GraphicSet.JIS_X0201_KATAKANA};
            // Multi-byte sets are only valid as code extensions; the standard never makes them value 1
            // with G0, but G1 ones are read like their EUC form, as pydicom does.
            case "87" -> term.startsWith("ISO 2022") ? new GraphicSet[] {GraphicSet.JIS_X0208, null} : null;
            case "159" -> term.startsWith("ISO 2022") ? new GraphicSet[] {GraphicSet.JIS_X0212, null} : null;
            case "149" -> term.startsWith("ISO 2022") ? new GraphicSet[] {ascii, GraphicSet.KS_X1001} : null;
            case "58" -> term.startsWith("ISO 2022") ? new GraphicSet[] {ascii, GraphicSet.GB2312} : null;
            default -> null;
        };
    }

    /** The values of (0008,0005) this was built from (empty for {@link #DEFAULT}). */
    public List<String> definedTerms() {
        return definedTerms;
    }

    /** Defined terms that were not recognised and are ignored (a reader may warn about them). */
    public List<String> unknownTerms() {
        return unknownTerms;
    }

    /** True when values are read as ISO 2022 with escape sequences (always, unless UTF-8, GB18030 or GBK). */
    public boolean usesCodeExtensions() {
        return plainCharset == null;
    }

    /** The value of (0008,0005) as written, values joined with {@code \}. */
    public String value() {
        return String.join("\\", definedTerms);
    }

    // ---------------------------------------------------------------- decoding

    /** Decodes a whole element value (all its values, with their {@code \} separators). Never throws. */
    public String decode(byte[] bytes, TextKind kind) {
        return decode(bytes, 0, bytes.length, kind);
    }

    /** Decodes {@code length} bytes of a value starting at {@code offset}. Never throws. */
    public String decode(byte[] bytes, int offset, int length, TextKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (plainCharset != null) {
            return new String(bytes, offset, length, plainCharset);
        }
        Charset whole = withoutEscapes(bytes, offset, length);
        if (whole != null) {
            return new String(bytes, offset, length, whole);
        }
        return new Iso2022Decoder(kind).decode(bytes, offset, offset + length);
    }

    /**
     * The common case: a value without escape sequences, in a first set whose JDK charset maps
     * 0x00–0x7F to ASCII, is one charset call. (JIS X 0201 is excluded: its JDK charset reads 0x5C as ¥.)
     */
    private Charset withoutEscapes(byte[] bytes, int offset, int length) {
        if (initialG0 != GraphicSet.ASCII || initialG1 == GraphicSet.JIS_X0201_KATAKANA) {
            return null;
        }
        for (int i = offset, end = offset + length; i < end; i++) {
            if (bytes[i] == 0x1B) {
                return null;
            }
        }
        return initialG1 == null ? StandardCharsets.ISO_8859_1 : initialG1.charset;
    }

    /** Reads ISO 2022 bytes, one run of same-set bytes at a time. */
    private final class Iso2022Decoder {
        private final TextKind kind;
        private final StringBuilder text = new StringBuilder();
        private int runLength;
        private GraphicSet runSet;
        private GraphicSet g0 = initialG0;
        private GraphicSet g1 = initialG1;

        Iso2022Decoder(TextKind kind) {
            this.kind = kind;
        }

        private byte[] buffer = new byte[64];

        String decode(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0x1B) {
                    GraphicSet designated = GraphicSet.atEscape(bytes, i, to);
                    if (designated != null && repertoire.contains(designated)) {
                        flush();
                        if (designated.g1) {
                            g1 = designated;
                        } else {
                            g0 = designated;
                        }
                        i += designated.escape.length - 1;
                        continue;
                    }
                    // An escape to a set the defined terms do not allow: keep ESC as a character, as
                    // pydicom's lenient mode does, and stay in the current sets.
                    flush();
                    text.append((char) b);
                    continue;
                }
                if (g0.width == 2 && b > 0x20 && b < 0x7F) {
                    // Inside a two-byte G0 set (JIS X 0208/0212) printable bytes are halves of characters,
                    // even 0x5E '^' or 0x3D '=': a writer must switch back to ASCII before a delimiter.
                    append(g0, b);
                    continue;
                }
                if (kind.resetsCodeExtensions(b)) {
                    flush();
                    g0 = initialG0;
                    g1 = initialG1;
                    text.append((char) b);
                    continue;
                }
                if (b < 0x80) {
                    appendAscii(b);
                } else {
                    // No G1 set designated: read as Latin-1, like dcmtk and pydicom (see DEFAULT).
                    append(g1 == null ? GraphicSet.LATIN1 : g1, b);
                }
            }
            flush();
            return text.toString();
        }

        private void appendAscii(int b) {
            flush();
            text.append((char) b);
        }

        private void append(GraphicSet set, int b) {
            if (runSet != set) {
                flush();
                runSet = set;
            }
            if (runLength == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[runLength++] = (byte) b;
        }

        private void flush() {
            if (runLength > 0) {
                text.append(runSet.decode(buffer, runLength));
            }
            runLength = 0;
            runSet = null;
        }
    }

    // ---------------------------------------------------------------- encoding

    /**
     * Encodes a whole element value (values joined with {@code \}) in this character set. With code
     * extensions, each run of characters outside the current sets is preceded by the escape sequence
     * of the first defined term that contains it, and the initial sets are restored before every
     * delimiter and at the end. Throws {@link UnmappableTextException} naming the first character that
     * no allowed set contains; never substitutes.
     */
    public byte[] encode(String text, TextKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (plainCharset != null) {
            return encodePlain(text);
        }
        if (initialG0.width == 1 && isPrintableAscii(text)) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        return new Iso2022Encoder(kind).encode(text);
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #encode} would succeed for this text. */
    public boolean canEncode(String text, TextKind kind) {
        try {
            encode(text, kind);
            return true;
        } catch (UnmappableTextException e) {
            return false;
        }
    }

    private byte[] encodePlain(String text) {
        CharsetEncoder encoder = plainCharset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(text);
        try {
            ByteBuffer out = encoder.encode(in);
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            // encode() resets nothing on failure: the input position stops at the offending character
            throw new UnmappableTextException(text, firstUnencodable(text, encoder), value());
        }
    }

    private static int firstUnencodable(String text, CharsetEncoder encoder) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            encoder.reset();
            if (!encoder.canEncode(new String(Character.toChars(text.codePointAt(i))))) {
                return i;
            }
        }
        return 0;
    }

    /** Writes ISO 2022 bytes, designating sets as needed. */
    private final class Iso2022Encoder {
        private final TextKind kind;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Map<GraphicSet, CharsetEncoder> encoders = new EnumMap<>(GraphicSet.class);
        private GraphicSet g0 = initialG0;
        private GraphicSet g1 = initialG1;

        Iso2022Encoder(TextKind kind) {
            this.kind = kind;
        }

        byte[] encode(String text) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp < 0x20 || cp == 0x7F || (cp < 0x80 && kind.resetsCodeExtensions(cp))) {
                    restoreInitialSets();
                    out.write(cp);
                } else if (!write(cp)) {
                    // (a space is ASCII too: it is not part of JIS X 0208, so G0 switches back for it)
                    throw new UnmappableTextException(text, i, value());
                }
                i += Character.charCount(cp);
            }
            restoreInitialSets();
            return out.toByteArray();
        }

        /** Writes cp from the current G0 or G1, else designates the first allowed set containing it. */
        private boolean write(int cp) {
            if (g0 != null && writeFrom(g0, cp, false)) {
                return true;
            }
            if (g1 != null && writeFrom(g1, cp, false)) {
                return true;
            }
            for (GraphicSet set : repertoire) {
                if (set != g0 && set != g1 && writeFrom(set, cp, true)) {
                    return true;
                }
            }
            return false;
        }

        private boolean writeFrom(GraphicSet set, int cp, boolean designate) {
            byte[] bytes = set.encode(cp, encoders.computeIfAbsent(set, GraphicSet::newEncoder));
            if (bytes == null) {
                return false;
            }
            if (set.g1 && g0.width == 2 && g0 != initialG0) {
                // Valid ISO 2022 could keep kanji in G0 while writing katakana from G1, but readers
                // that decode each escape-delimited run with one codec (pydicom, iconv) cannot: go back.
                out.writeBytes(initialG0.escape);
                g0 = initialG0;
            }
            if (designate) {
                out.writeBytes(set.escape);
                if (set.g1) {
                    g1 = set;
                } else {
                    g0 = set;
                }
            }
            out.writeBytes(bytes);
            return true;
        }

        /**
         * Returns to the first value's sets before a delimiter (PS3.5 §6.1.2.5.3). A G1 set needs no
         * escape back when the first value has no G1 set: readers reset at the delimiter anyway.
         */
        private void restoreInitialSets() {
            if (g0 != initialG0) {
                out.writeBytes(initialG0.escape);
            }
            if (g1 != initialG1 && initialG1 != null) {
                out.writeBytes(initialG1.escape);
            }
            g0 = initialG0;
            g1 = initialG1;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet other && definedTerms.equals(other.definedTerms);
    }

    @Override
    public int hashCode() {
        return definedTerms.hashCode();
    }

    @Override
    public String toString() {
        return definedTerms.isEmpty() ? "ISO_IR 6" : value();
    }
}
