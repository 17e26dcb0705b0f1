package org.anonscript.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads Part 10 files (preamble, "DICM", file meta) and bare datasets (encoding detected from the first
 * element, as dcmtk and pydicom do). A file up to the whole-file limit is read with one read into one
 * array, and its pixel data and values larger than the bulk threshold stay in that array as
 * {@link Bytes.Slice}s (written out again without a copy of their own); a larger file is read in chunks
 * and such values stay in the file as {@link Bytes.FileRegion}s, so memory does not grow with the file.
 * Malformed or truncated input gives a {@link DicomFormatException} naming the file, the byte offset
 * and the element.
 */
public final class DicomReader {

    public static final int DEFAULT_BULK_THRESHOLD = 64 * 1024;
    /** Files up to this size are read whole (a CT or MR slice is well below it; a large X-ray is not). */
    public static final long DEFAULT_WHOLE_FILE_LIMIT = 8L * 1024 * 1024;
    private static final int MAX_DEPTH = 64;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    /** File meta values are ASCII (default repertoire). */
    static final TextCodec META_CODEC = TextCodec.forTerms(List.of());

    private final int bulkThreshold;
    private final long wholeFileLimit;

    public DicomReader() {
        this(DEFAULT_BULK_THRESHOLD);
    }

    /** @param bulkThreshold values longer than this many bytes are left in the file */
    public DicomReader(int bulkThreshold) {
        this(bulkThreshold, DEFAULT_WHOLE_FILE_LIMIT);
    }

    /**
     * @param bulkThreshold values longer than this many bytes are left where they were read
     * @param wholeFileLimit files up to this many bytes are read whole; larger ones in chunks
     */
    public DicomReader(int bulkThreshold, long wholeFileLimit) {
        this.bulkThreshold = bulkThreshold;
        this.wholeFileLimit = Math.min(wholeFileLimit, Integer.MAX_VALUE - 8);
    }

    /**
     * A reader that reads every file in chunks and leaves its bulk values in the file: for datasets that
     * are kept for long (a REPL session, a server's cache of sample files), whose memory must not grow
     * with the files' pixel data. A batch that reads, edits and writes each file once wants the default.
     */
    public static DicomReader keepingBulkValuesInTheFile() {
        return new DicomReader(DEFAULT_BULK_THRESHOLD, 0);
    }

    public DicomFile read(Path file) throws IOException {
        try (DicomInput in = DicomInput.open(file, wholeFileLimit)) {
            return new Parse(in, file).file();
        }
    }

    /** Reads from memory; {@code name} is used in error messages. */
    public DicomFile read(byte[] data, String name) throws IOException {
        return new Parse(DicomInput.of(data, name), null).file();
    }

    /** Byte order and VR explicitness of the data being read. */
    private record Encoding(boolean explicitVr, boolean bigEndian) {
        static final Encoding IMPLICIT_LE = new Encoding(false, false);
        static final Encoding EXPLICIT_LE = new Encoding(true, false);
    }

    /** One element header; {@code length} is unsigned, {@link #UNDEFINED} for undefined length. */
    private record Header(long offset, int tag, VR vr, long length) {
    }

    private final class Parse {
        private DicomInput in;
        private final Path source;
        private final List<String> warnings = new ArrayList<>();
        private final byte[] scratch = new byte[12];
        private String where = "";

        Parse(DicomInput in, Path source) {
            this.in = in;
            this.source = source;
        }

        DicomFile file() throws IOException {
            byte[] start = new byte[(int) Math.min(132, in.length())];
            in.readFully(start, 0, start.length);
            in.seek(0);
            if (start.length >= 2 && (start[0] & 0xFF) == 0x1F && (start[1] & 0xFF) == 0x8B) {
                throw error(0, -1, "gzip-compressed data, not a DICOM file (decompress it first)");
            }
            byte[] preamble = null;
            if (start.length == 132 && "DICM".equals(new String(start, 128, 4, StandardCharsets.US_ASCII))) {
                preamble = java.util.Arrays.copyOf(start, 128);
                in.skip(132);
            } else if (start.length >= 4 && "DICM".equals(new String(start, 0, 4, StandardCharsets.US_ASCII))) {
                in.skip(4);
            }
            Dataset meta = readFileMeta();
            TransferSyntax ts;
            Optional<String> tsUid = meta.get(Tag.TRANSFER_SYNTAX_UID).map(e -> ValueText.read(e, META_CODEC));
            if (tsUid.isPresent() && !tsUid.get().isEmpty()) {
                ts = TransferSyntax.of(tsUid.get());
            } else {
                if (in.remaining() == 0) {
                    throw error(in.position(), -1, "no dataset (the input is empty or holds only file meta information)");
                }
                ts = detect();
                warnings.add((meta.isEmpty() ? "no file meta information" : "file meta has no Transfer Syntax UID")
                        + "; the dataset looks like " + ts.name());
            }
            if (ts.deflated()) {
                in = inflate(in);
                where = " (offsets count bytes of the inflated dataset)";
            }
            Dataset dataset = readDataset(new Encoding(ts.explicitVr(), ts.bigEndian()), -1, false, 0);
            return new DicomFile(source, preamble, meta, dataset, ts, warnings);
        }

        private Dataset readFileMeta() throws IOException {
            Dataset.Builder meta = Dataset.empty().edit();
            GroupLengthCheck groupLength = new GroupLengthCheck();
            while (in.remaining() >= 8) {
                long at = in.position();
                in.readFully(scratch, 0, 6);
                int group = u16(scratch, 0, false);
                if (group != 0x0002 || VR.fromCode(scratch[4], scratch[5]).isEmpty()) {
                    in.seek(at);
                    break;
                }
                in.seek(at);
                DicomElement element = readElement(Encoding.EXPLICIT_LE, 0);
                groupLength.after(element, in.position());
                meta.put(element);
            }
            groupLength.before(in.position(), -1);
            return meta.build();
        }

        /** Explicit or implicit, little or big endian, from the first element's bytes (as dcmtk does). */
        private TransferSyntax detect() throws IOException {
            long at = in.position();
            byte[] b = new byte[(int) Math.min(6, in.remaining())];
            in.readFully(b, 0, b.length);
            in.seek(at);
            if (b.length < 6) {
                throw error(at, -1, "too short for a DICOM element (" + b.length + " bytes)");
            }
            boolean explicit = VR.fromCode(b[4], b[5]).isPresent();
            int littleGroup = u16(b, 0, false);
            int bigGroup = u16(b, 0, true);
            if (explicit && bigGroup < littleGroup) {
                return TransferSyntax.EXPLICIT_VR_BIG_ENDIAN;
            }
            return explicit ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
        }

        private DicomInput inflate(DicomInput deflated) throws IOException {
            long at = deflated.position();
            byte[] compressed = new byte[(int) deflated.remaining()];
            deflated.readFully(compressed, 0, compressed.length);
            Inflater inflater = new Inflater(true);
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buf = new byte[64 * 1024];
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(buf);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw error(at, -1, "deflated dataset ends before the end of its compressed stream");
                    }
                    out.write(buf, 0, n);
                }
            } catch (DataFormatException e) {
                throw error(at, -1, "deflated dataset is not valid deflate data: " + e.getMessage());
            } finally {
                inflater.end();
            }
            return DicomInput.owned(out.toByteArray(), deflated.name);
        }

        /**
         * Elements until {@code end} (an absolute position), or with {@code end == -1} until an item
         * delimiter ({@code inItem}) or the end of the input.
         */
        private Dataset readDataset(Encoding enc, long end, boolean inItem, int depth) throws IOException {
            Dataset.Builder builder = Dataset.empty().edit();
            int previous = -1;
            boolean first = true;
            GroupLengthCheck groupLength = new GroupLengthCheck();
            while (true) {
                long at = in.position();
                int next = end >= 0 && at >= end || end < 0 && in.remaining() == 0 ? -1 : peekTag(enc);
                groupLength.before(at, next);
                if (end >= 0) {
                    if (at == end) {
                        break;
                    }
                    if (at > end) {
                        throw error(at, previous, "element runs past the end of its item (which ends at offset " + end + ")");
                    }
                } else if (in.remaining() == 0) {
                    if (inItem) {
                        throw error(at, previous, "truncated: the input ends inside an item (no item delimiter)");
                    }
                    break;
                }
                if (end < 0 && !inItem && in.remaining() < 8) {
                    throw error(at, -1, "truncated: " + in.remaining() + " trailing bytes are too few for an element header");
                }
                int tag = next; // only ends of input or item have no next tag, and they left the loop above
                if (tag == Tag.ITEM_DELIMITATION) {
                    groupLength.before(at, -1);
                    Header h = readHeader(enc);
                    if (inItem && end < 0) {
                        break;
                    }
                    warnings.add("stray item delimitation item at offset " + h.offset() + " ignored");
                    continue;
                }
                if (tag == Tag.SEQUENCE_DELIMITATION || tag == Tag.ITEM) {
                    throw error(at, tag, "unexpected " + (tag == Tag.ITEM ? "item" : "sequence delimitation")
                            + " outside a sequence");
                }
                if (!first && Tag.compare(tag, previous) <= 0) {
                    warnings.add("element " + Tag.toString(tag) + " at offset " + at
                            + (tag == previous ? " repeats; the last one is kept" : " is out of order; written in order"));
                }
                DicomElement element = readElement(enc, depth);
                groupLength.after(element, in.position());
                builder.put(element);
                previous = tag;
                first = false;
            }
            return builder.build();
        }

        /** Compares group length elements with the bytes their groups really take; mismatches are warnings. */
        private final class GroupLengthCheck {
            private int group = -1;
            private long expected;
            private long start;

            /** Called at each element start with its tag, and with -1 where the dataset ends. */
            void before(long at, int nextTag) {
                if (group != -1 && (nextTag == -1 || Tag.group(nextTag) != group)) {
                    if (at - start != expected) {
                        warnings.add(String.format("group length (%04X,0000) is %d but the group has %d bytes;"
                                + " it is recomputed when written", group, expected, at - start));
                    }
                    group = -1;
                }
            }

            void after(DicomElement element, long position) {
                if (Tag.isGroupLength(element.tag()) && element instanceof DicomElement.Value v
                        && v.vr() == VR.UL && v.length() == 4) {
                    byte[] b = v.sharedArray();
                    group = Tag.group(v.tag());
                    expected = (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
                    start = position;
                }
            }
        }

        private int peekTag(Encoding enc) throws IOException {
            long at = in.position();
            if (in.remaining() < 4) {
                throw error(at, -1, "truncated: the input ends inside an element tag");
            }
            in.readFully(scratch, 0, 4);
            in.seek(at);
            return u16(scratch, 0, enc.bigEndian()) << 16 | u16(scratch, 2, enc.bigEndian());
        }

        private Header readHeader(Encoding enc) throws IOException {
            long at = in.position();
            need(at, -1, 8, null);
            in.readFully(scratch, 0, 8);
            boolean be = enc.bigEndian();
            int tag = u16(scratch, 0, be) << 16 | u16(scratch, 2, be);
            if (Tag.isDelimiter(tag) || !enc.explicitVr()) {
                long length = u32(scratch, 4, be);
                VR vr = Tag.isDelimiter(tag) ? null : implicitVr(tag);
                return new Header(at, tag, vr, length);
            }
            VR vr = VR.byCode(scratch[4], scratch[5]);
            if (vr == null) {
                throw error(at, tag, String.format("invalid VR bytes %02X %02X (is the data implicit VR "
                        + "although the transfer syntax says explicit?)", scratch[4] & 0xFF, scratch[5] & 0xFF));
            }
            if (vr.hasLongHeader()) {
                need(at, tag, 4, null);
                in.readFully(scratch, 8, 4);
                return new Header(at, tag, vr, u32(scratch, 8, be));
            }
            return new Header(at, tag, vr, u16(scratch, 6, be));
        }

        private DicomElement readElement(Encoding enc, int depth) throws IOException {
            Header h = readHeader(enc);
            if (depth > MAX_DEPTH) {
                throw error(h.offset(), h.tag(), "sequences nested deeper than " + MAX_DEPTH + " levels");
            }
            VR vr = h.vr();
            boolean pixelData = h.tag() == Tag.PIXEL_DATA;
            if (h.length() == UNDEFINED) {
                if (pixelData || vr == VR.OB || vr == VR.OW) {
                    return readFragments(h, enc);
                }
                if (vr == VR.SQ || vr == VR.UN || !enc.explicitVr()) {
                    // undefined-length UN holds an implicit VR little endian sequence (PS3.5 §6.2.2)
                    VR kept = vr == VR.UN && enc.explicitVr() ? VR.UN : VR.SQ;
                    Encoding itemEnc = kept == VR.UN ? Encoding.IMPLICIT_LE : enc;
                    return new DicomElement.Sequence(h.tag(), kept, readItems(h, itemEnc, -1, depth), true);
                }
                throw error(h.offset(), h.tag(), "undefined length is not allowed for VR " + vr);
            }
            if (vr == VR.SQ) {
                long end = endWithin(h.offset(), h.tag(), h.length(), "sequence");
                return new DicomElement.Sequence(h.tag(), VR.SQ, readItems(h, enc, end, depth), false);
            }
            need(h.offset(), h.tag(), h.length(), "value");
            Bytes bytes = readValue(h.length(), vr, enc, pixelData
                    || h.tag() == Tag.FLOAT_PIXEL_DATA || h.tag() == Tag.DOUBLE_FLOAT_PIXEL_DATA);
            if (h.length() % 2 == 1) {
                warnings.add("element " + Tag.toString(h.tag()) + " at offset " + h.offset() + " has odd length "
                        + h.length());
            }
            return new DicomElement.Value(h.tag(), vr, bytes);
        }

        private Bytes readValue(long length, VR vr, Encoding enc, boolean pixelData) throws IOException {
            boolean bulk = length > bulkThreshold || (pixelData && length > 0);
            if (bulk && in.file() != null) {
                Bytes region = new Bytes.FileRegion(in.file(), in.position(), length, enc.bigEndian());
                in.skip(length);
                return region;
            }
            if (bulk && in.ownedArray() != null) {
                Bytes slice = new Bytes.Slice(in.ownedArray(), (int) in.position(), (int) length, enc.bigEndian());
                in.skip(length);
                return slice;
            }
            if (length > Integer.MAX_VALUE - 8) {
                throw error(in.position(), -1, "value of " + length + " bytes is too large to hold in memory");
            }
            byte[] b = new byte[(int) length];
            in.readFully(b, 0, b.length);
            if (enc.bigEndian()) {
                ByteOrderSwap.swap(b, 0, b.length, vr.numberWidth());
            }
            return new Bytes.Inline(b);
        }

        private List<DicomElement.Item> readItems(Header seq, Encoding enc, long end, int depth) throws IOException {
            List<DicomElement.Item> items = new ArrayList<>();
            while (true) {
                long at = in.position();
                if (end >= 0 && at >= end) {
                    if (at > end) {
                        throw error(at, seq.tag(), "item runs past the end of its sequence");
                    }
                    return items;
                }
                if (in.remaining() < 8) {
                    throw error(at, seq.tag(), "truncated: the input ends inside a sequence");
                }
                Header h = readHeader(enc);
                if (h.tag() == Tag.SEQUENCE_DELIMITATION) {
                    if (end >= 0) {
                        warnings.add("sequence delimiter inside the defined-length sequence " + Tag.toString(seq.tag()));
                        continue;
                    }
                    return items;
                }
                if (h.tag() != Tag.ITEM) {
                    throw error(at, seq.tag(), "expected an item (FFFE,E000) in the sequence, found " + Tag.toString(h.tag()));
                }
                if (h.length() == UNDEFINED) {
                    items.add(new DicomElement.Item(readDataset(enc, -1, true, depth + 1), true));
                } else {
                    long itemEnd = endWithin(at, seq.tag(), h.length(), "item");
                    items.add(new DicomElement.Item(readDataset(enc, itemEnd, true, depth + 1), false));
                }
            }
        }

        private DicomElement readFragments(Header h, Encoding enc) throws IOException {
            List<Bytes> fragments = new ArrayList<>();
            while (true) {
                long at = in.position();
                if (in.remaining() < 8) {
                    throw error(at, h.tag(), "truncated: the input ends inside encapsulated pixel data");
                }
                Header item = readHeader(enc);
                if (item.tag() == Tag.SEQUENCE_DELIMITATION) {
                    break;
                }
                if (item.tag() != Tag.ITEM || item.length() == UNDEFINED) {
                    throw error(at, h.tag(), "expected a pixel data fragment item (FFFE,E000) of defined length, found "
                            + Tag.toString(item.tag()));
                }
                need(at, h.tag(), item.length(), "fragment");
                fragments.add(readValue(item.length(), VR.OB, enc, true));
            }
            return new DicomElement.Fragments(h.tag(), h.vr() == null ? VR.OB : h.vr(), fragments);
        }

        /**
         * The end of a defined-length sequence or item. When it lies past the end of the input, the input
         * is read to its end, as dcmtk and pydicom do; an element cut short there is still an error.
         */
        private long endWithin(long at, int tag, long length, String what) {
            long end = in.position() + length;
            if (end > in.length()) {
                warnings.add("truncated: the " + what + " of " + Tag.toString(tag) + " at offset " + at + " claims "
                        + length + " bytes but the input ends after " + in.remaining()
                        + "; its complete elements are kept");
                return in.length();
            }
            return end;
        }

        /** {@code what} names a value or fragment (its length is added), or is null for an element header. */
        private void need(long at, int tag, long length, String what) throws DicomFormatException {
            if (length > in.remaining()) {
                String needed = what == null ? "element header" : what + " of " + length + " bytes";
                throw error(at, tag, "truncated: " + needed + " but only " + in.remaining() + " bytes remain");
            }
        }

        private DicomFormatException error(long offset, int tag, String problem) {
            return new DicomFormatException(in.name, offset, tag, problem + where);
        }
    }

    /** The VR of an implicit VR element: from the dictionary, private creators LO, otherwise UN. */
    static VR implicitVr(int tag) {
        if (tag == Tag.PIXEL_DATA) {
            return VR.OW;
        }
        return ValueText.dictionaryVr(tag).orElse(VR.UN);
    }

    private static int u16(byte[] b, int off, boolean bigEndian) {
        return bigEndian ? (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF) : (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int off, boolean bigEndian) {
        long hi = u16(b, off, bigEndian);
        long lo = u16(b, off + 2, bigEndian);
        return bigEndian ? hi << 16 | lo : lo << 16 | hi;
    }
}
