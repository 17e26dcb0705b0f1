package org.anonscript.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a {@link DicomFile}: in its own transfer syntax by default, keeping every element as it is
 * (sequence and item length encodings included), so that a no-op write of a well-formed file gives the
 * same bytes. Values are padded to even length, existing group length elements are recomputed, and the
 * file meta gets a recomputed (0002,0000) and a (0002,0010) matching the body. A file read whole is
 * written with one write call; bulk values of a large file are copied from their source file in chunks.
 * Files are written to a temporary file in the target folder and moved into place only when complete.
 */
public final class DicomWriter {

    private static final byte[] DICM = {'D', 'I', 'C', 'M'};
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final java.util.concurrent.atomic.AtomicLong TEMP_COUNTER = new java.util.concurrent.atomic.AtomicLong();
    /** Output of a file held in memory is written at once up to this size. */
    static final int MAX_BUFFER = 16 * 1024 * 1024;
    /** Write size for files whose bulk values are copied from their source file. */
    static final int CHUNK = 64 * 1024;
    /**
     * Output buffers up to this size are kept per thread and used again (a run writes thousands of
     * files of similar size; the streams written to copy the bytes and keep no reference).
     */
    static final int REUSED_BUFFER = 1024 * 1024;
    private static final ThreadLocal<byte[]> BUFFERS = new ThreadLocal<>();

    /** Writes in the file's own transfer syntax. */
    public void write(DicomFile file, Path target) throws IOException {
        write(file, target, file.transferSyntax());
    }

    public void write(DicomFile file, Path target, TransferSyntax ts) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        // a name no other writer uses: this process's id and a counter (cheaper than createTempFile's random names)
        Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + TEMP_COUNTER.incrementAndGet() + ".part");
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                write(file, out, ts);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public byte[] toBytes(DicomFile file, TransferSyntax ts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(file, out, ts);
        return out.toByteArray();
    }

    /**
     * Writes to {@code stream} (not closed). The bytes are gathered in one buffer and handed to the
     * stream in one write when the file is held in memory (up to {@link #MAX_BUFFER} bytes), otherwise in
     * {@link #CHUNK}-sized writes; large slices go to the stream directly, without a second copy.
     */
    public void write(DicomFile file, OutputStream stream, TransferSyntax ts) throws IOException {
        checkPixelData(file.dataset(), ts);
        Enc body = new Enc(ts.explicitVr(), ts.bigEndian());
        Dataset meta = file.hasFileMeta() ? fileMeta(file.fileMeta(), file.dataset(), ts) : null;
        long size = ts.deflated() ? CHUNK : (meta == null ? 0 : 132 + datasetLength(meta, Enc.EXPLICIT_LE))
                + datasetLength(file.dataset(), body);
        // small output: one buffer of its size; large: the same unless bulk values come from a file (chunks)
        int capacity = (int) Math.max(16, size <= REUSED_BUFFER ? size
                : Math.min(size, hasFileRegions(file.dataset()) ? CHUNK : MAX_BUFFER));
        try (Sink sink = new Sink(stream, capacity)) {
            if (meta != null) {
                byte[] preamble = file.preamble() != null ? file.preamble() : new byte[128];
                sink.write(preamble, 0, 128);
                sink.write(DICM, 0, 4);
                sink.writeDataset(meta, Enc.EXPLICIT_LE);
            }
            if (ts.deflated()) {
                sink.flushBuffer();
                Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
                DeflaterOutputStream deflating = new DeflaterOutputStream(new NonClosing(stream), deflater, CHUNK);
                sink.target = deflating;
                try {
                    sink.writeDataset(file.dataset(), body);
                    sink.flushBuffer();
                    deflating.finish();
                } finally {
                    deflater.end();
                    sink.target = stream;
                }
            } else {
                sink.writeDataset(file.dataset(), body);
            }
        }
    }

    /** Whether any value is left in a (large) source file: such a file is written in chunks. */
    private static boolean hasFileRegions(Dataset d) {
        for (DicomElement e : d) {
            if (e instanceof DicomElement.Value v && v.bytes() instanceof Bytes.FileRegion) {
                return true;
            }
            if (e instanceof DicomElement.Fragments f && f.fragments().stream().anyMatch(b -> b instanceof Bytes.FileRegion)) {
                return true;
            }
            if (e instanceof DicomElement.Sequence s) {
                for (DicomElement.Item item : s.items()) {
                    if (hasFileRegions(item.dataset())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The file meta as written for {@code dataset} (spec §11.7): (0002,0002) and (0002,0003) copied from
     * SOP Class UID (0008,0016) and SOP Instance UID (0008,0018) when the dataset has them. Callers that
     * keep a change log compare this with the meta they had.
     */
    public static Dataset synchronizedFileMeta(Dataset meta, Dataset dataset) {
        Dataset result = meta;
        for (int[] pair : new int[][] {{Tag.SOP_CLASS_UID, Tag.MEDIA_STORAGE_SOP_CLASS_UID},
                {Tag.SOP_INSTANCE_UID, Tag.MEDIA_STORAGE_SOP_INSTANCE_UID}}) {
            var source = dataset.get(pair[0]);
            if (source.isPresent() && source.get() instanceof DicomElement.Value v) {
                DicomElement.Value copy = new DicomElement.Value(pair[1], VR.UI, v.bytes());
                if (!meta.get(pair[1]).map(copy::equals).orElse(false)) {
                    result = result.with(copy);
                }
            }
        }
        return result;
    }

    /** The meta group with (0002,0010) naming {@code ts}, SOP UIDs synchronized, and a (0002,0000). */
    static Dataset fileMeta(Dataset meta, Dataset dataset, TransferSyntax ts) {
        Dataset.Builder b = synchronizedFileMeta(meta, dataset).edit();
        DicomElement tsElement = ValueText.encode(Tag.TRANSFER_SYNTAX_UID, VR.UI, ts.uid(), DicomReader.META_CODEC);
        if (!meta.get(Tag.TRANSFER_SYNTAX_UID).map(e -> ValueText.read(e, DicomReader.META_CODEC))
                .orElse("").equals(ts.uid())) {
            b.put(tsElement);
        }
        if (!meta.contains(Tag.FILE_META_GROUP_LENGTH)) {
            b.put(DicomElement.Value.of(Tag.FILE_META_GROUP_LENGTH, VR.UL, new byte[4]));
        }
        return b.build();
    }

    private static void checkPixelData(Dataset dataset, TransferSyntax ts) {
        if (!ts.encapsulated() && dataset.get(Tag.PIXEL_DATA).orElse(null) instanceof DicomElement.Fragments) {
            throw new DicomValueException("cannot write encapsulated (compressed) pixel data in " + ts
                    + ": anonscript does not transcode pixel data");
        }
    }

    private record Enc(boolean explicitVr, boolean bigEndian) {
        static final Enc EXPLICIT_LE = new Enc(true, false);
        static final Enc IMPLICIT_LE = new Enc(false, false);
    }

    // ---- lengths in a given encoding ----

    private static long elementLength(DicomElement e, Enc enc) {
        long header = enc.explicitVr() ? e.vr().explicitHeaderLength() : 8;
        if (e instanceof DicomElement.Value v) {
            return header + valueLength(v);
        }
        if (e instanceof DicomElement.Sequence s) {
            return header + itemsLength(s, enc) + (s.undefinedLength() ? 8 : 0);
        }
        long sum = header + 8;
        for (Bytes fragment : ((DicomElement.Fragments) e).fragments()) {
            sum += 8 + fragment.length();
        }
        return sum;
    }

    private static long itemsLength(DicomElement.Sequence s, Enc enc) {
        Enc itemEnc = s.vr() == VR.UN && enc.explicitVr() ? Enc.IMPLICIT_LE : enc;
        long sum = 0;
        for (DicomElement.Item item : s.items()) {
            sum += 8 + datasetLength(item.dataset(), itemEnc) + (item.undefinedLength() ? 8 : 0);
        }
        return sum;
    }

    private static long datasetLength(Dataset d, Enc enc) {
        long sum = 0;
        for (int i = 0, n = d.size(); i < n; i++) {
            sum += elementLength(d.elementAt(i), enc);
        }
        return sum;
    }

    /**
     * Text values are padded to even length with their VR's padding byte. An odd-length binary value read
     * from a malformed file is kept as it is: padding would change the value (new values are always even).
     */
    private static long valueLength(DicomElement.Value v) {
        return v.vr().kind() == VR.Kind.TEXT ? padded(v.length()) : v.length();
    }

    private static long padded(long length) {
        return length + (length & 1);
    }

    /**
     * Output with the byte-order primitives and the open source files of bulk values: one buffer,
     * handed to {@code target} when full and at the end (not synchronized, unlike the JDK's buffered streams).
     */
    private static final class Sink implements AutoCloseable {
        OutputStream target;
        final Map<Path, FileChannel> sources = new HashMap<>();
        private final byte[] header = new byte[12];
        private final byte[] buf;
        private int pos;

        Sink(OutputStream target, int capacity) {
            this.target = target;
            this.buf = buffer(capacity);
        }

        /**
         * A buffer of at least {@code capacity} bytes: this thread's last one when it is big enough. It is
         * taken out while in use (a stream that itself writes DICOM gets a buffer of its own) and given
         * back by {@link #close()}.
         */
        private static byte[] buffer(int capacity) {
            if (capacity > REUSED_BUFFER) {
                return new byte[capacity];
            }
            byte[] b = BUFFERS.get();
            BUFFERS.set(null);
            return b == null || b.length < capacity ? new byte[Math.max(capacity, CHUNK)] : b;
        }

        void write(byte[] b, int off, int len) throws IOException {
            if (len > buf.length - pos) {
                flushBuffer();
                if (len >= buf.length) {
                    target.write(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buf, pos, len);
            pos += len;
        }

        void write(int b) throws IOException {
            if (pos == buf.length) {
                flushBuffer();
            }
            buf[pos++] = (byte) b;
        }

        void flushBuffer() throws IOException {
            if (pos > 0) {
                target.write(buf, 0, pos);
                pos = 0;
            }
        }

        void writeDataset(Dataset d, Enc enc) throws IOException {
            for (int i = 0, n = d.size(); i < n; i++) {
                DicomElement e = d.elementAt(i);
                if (Tag.isGroupLength(e.tag()) && e instanceof DicomElement.Value v && v.vr() == VR.UL && v.length() == 4) {
                    writeGroupLength(d, v, enc);
                } else {
                    writeElement(e, enc);
                }
            }
        }

        private void writeGroupLength(Dataset d, DicomElement.Value v, Enc enc) throws IOException {
            int group = Tag.group(v.tag());
            long sum = 0;
            for (DicomElement e : d.range(Tag.of(group, 1), Tag.of(group, 0xFFFF))) {
                sum += elementLength(e, enc);
            }
            if (sum > 0xFFFFFFFFL) {
                throw new DicomValueException("group " + String.format("%04X", group) + " is too long for a group length");
            }
            byte[] le = {(byte) sum, (byte) (sum >> 8), (byte) (sum >> 16), (byte) (sum >> 24)};
            writeElement(DicomElement.Value.of(v.tag(), VR.UL, le), enc);
        }

        private void writeElement(DicomElement e, Enc enc) throws IOException {
            if (e instanceof DicomElement.Value v) {
                writeHeader(v.tag(), v.vr(), valueLength(v), enc);
                writeBytes(v.bytes(), v.vr().numberWidth(), enc);
                if (valueLength(v) != v.length()) {
                    write(v.vr().paddingByte());
                }
            } else if (e instanceof DicomElement.Sequence s) {
                Enc itemEnc = s.vr() == VR.UN && enc.explicitVr() ? Enc.IMPLICIT_LE : enc;
                writeHeader(s.tag(), s.vr(), s.undefinedLength() ? UNDEFINED : itemsLength(s, enc), enc);
                for (DicomElement.Item item : s.items()) {
                    long length = item.undefinedLength() ? UNDEFINED : datasetLength(item.dataset(), itemEnc);
                    writeHeader(Tag.ITEM, null, length, itemEnc);
                    writeDataset(item.dataset(), itemEnc);
                    if (item.undefinedLength()) {
                        writeHeader(Tag.ITEM_DELIMITATION, null, 0, itemEnc);
                    }
                }
                if (s.undefinedLength()) {
                    writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0, itemEnc);
                }
            } else if (e instanceof DicomElement.Fragments f) {
                writeHeader(f.tag(), f.vr(), UNDEFINED, enc);
                for (Bytes fragment : f.fragments()) {
                    writeHeader(Tag.ITEM, null, fragment.length(), enc);
                    writeBytes(fragment, 1, enc);
                }
                writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0, enc);
            }
        }

        /** Tag, VR (explicit, not for delimiters) and length; {@code vr == null} for item and delimiters. */
        private void writeHeader(int tag, VR vr, long length, Enc enc) throws IOException {
            boolean be = enc.bigEndian();
            put16(0, Tag.group(tag), be);
            put16(2, Tag.element(tag), be);
            if (vr == null || !enc.explicitVr()) {
                put32(4, length, be);
                write(header, 0, 8);
                return;
            }
            header[4] = (byte) vr.name().charAt(0);
            header[5] = (byte) vr.name().charAt(1);
            if (vr.hasLongHeader()) {
                header[6] = 0;
                header[7] = 0;
                put32(8, length, be);
                write(header, 0, 12);
            } else {
                if (length > 0xFFFF) {
                    throw new DicomValueException("value of " + Tag.toString(tag) + " is " + length
                            + " bytes, too long for VR " + vr + " in an explicit VR encoding");
                }
                put16(6, (int) length, be);
                write(header, 0, 8);
            }
        }

        private void writeBytes(Bytes bytes, int width, Enc enc) throws IOException {
            if (bytes instanceof Bytes.Inline inline) {
                byte[] data = inline.shared();
                if (enc.bigEndian() && width > 1) {
                    byte[] swapped = data.clone();
                    ByteOrderSwap.swap(swapped, 0, swapped.length, width);
                    write(swapped, 0, swapped.length);
                } else {
                    write(data, 0, data.length);
                }
            } else if (bytes instanceof Bytes.Slice slice) {
                if (slice.bigEndian() == enc.bigEndian() || width <= 1) {
                    write(slice.buffer(), slice.offset(), (int) slice.length());
                } else {
                    swapped(slice, width);
                }
            } else if (bytes instanceof Bytes.FileRegion region) {
                copy(region, region.bigEndian() != enc.bigEndian() ? width : 1);
            }
        }

        /** A slice in the other byte order, swapped piece by piece in the buffer (whole numbers per piece). */
        private void swapped(Bytes.Slice slice, int width) throws IOException {
            int at = slice.offset();
            int left = (int) slice.length();
            while (left > 0) {
                if (buf.length - pos < width) {
                    flushBuffer();
                }
                int n = Math.min(left, (buf.length - pos) / width * width);
                if (n == 0) {
                    n = left; // a trailing partial number is copied as it is
                }
                System.arraycopy(slice.buffer(), at, buf, pos, n);
                ByteOrderSwap.swap(buf, pos, n, width);
                pos += n;
                at += n;
                left -= n;
            }
        }

        /** A file region, read straight into the buffer (and swapped there when the byte orders differ). */
        private void copy(Bytes.FileRegion region, int swapWidth) throws IOException {
            FileChannel channel = sources.get(region.file());
            if (channel == null) {
                channel = FileChannel.open(region.file(), StandardOpenOption.READ);
                sources.put(region.file(), channel);
            }
            long position = region.offset();
            long left = region.length();
            while (left > 0) {
                if (buf.length - pos < Math.max(swapWidth, 8)) {
                    flushBuffer();
                }
                int room = buf.length - pos;
                int n = (int) Math.min(left, swapWidth > 1 && left > room ? room / swapWidth * swapWidth : room);
                ByteBuffer buffer = ByteBuffer.wrap(buf, pos, n);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, position + (buffer.position() - pos)) < 0) {
                        throw new IOException(region.file() + ": ends before offset " + (region.offset() + region.length())
                                + "; the source of a bulk value changed after it was read");
                    }
                }
                ByteOrderSwap.swap(buf, pos, n, swapWidth);
                pos += n;
                position += n;
                left -= n;
            }
        }

        private void put16(int off, int v, boolean be) {
            if (be) {
                header[off] = (byte) (v >> 8);
                header[off + 1] = (byte) v;
            } else {
                header[off] = (byte) v;
                header[off + 1] = (byte) (v >> 8);
            }
        }

        private void put32(int off, long v, boolean be) {
            if (be) {
                put16(off, (int) (v >>> 16), true);
                put16(off + 2, (int) v, true);
            } else {
                put16(off, (int) v, false);
                put16(off + 2, (int) (v >>> 16), false);
            }
        }

        void closeSources() throws IOException {
            for (FileChannel channel : sources.values()) {
                channel.close();
            }
            sources.clear();
        }

        @Override
        public void close() throws IOException {
            try {
                flushBuffer();
            } finally {
                if (buf.length <= REUSED_BUFFER) {
                    BUFFERS.set(buf);
                }
                closeSources();
            }
        }
    }

    /** Lets the writer flush and finish its wrappers without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
