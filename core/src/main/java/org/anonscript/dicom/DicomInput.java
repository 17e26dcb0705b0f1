package org.anonscript.dicom;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bytes being read with their position and total length known, so that a value running past the end is
 * reported as truncation before anything is read. Either everything is in one array (a small file read
 * at once, or bytes given in memory), or a large file is read through a window of 64 KiB and bulk
 * values are skipped with a seek. One final class, so that the parser's many small calls are cheap.
 */
final class DicomInput implements AutoCloseable {

    private static final int WINDOW = 64 * 1024;

    final String name;
    /** The file {@link Bytes.FileRegion}s may point into: set only when reading through a window. */
    private final Path file;
    /** Null when {@link #buf} holds the whole input. */
    private final FileChannel channel;
    private final long length;
    /** Whether {@link #buf} is the whole input and this reader's own, so slices may point into it. */
    private final boolean owned;
    private final byte[] buf;
    /** Input position of {@code buf[0]}, the next index to read, and the end of the valid bytes. */
    private long bufStart;
    private int pos;
    private int limit;

    private DicomInput(String name, Path file, FileChannel channel, long length, byte[] buf, int limit, boolean owned) {
        this.name = name;
        this.file = file;
        this.channel = channel;
        this.length = length;
        this.buf = buf;
        this.limit = limit;
        this.owned = owned;
    }

    /** Bytes in memory; the caller's array, so values never point into it. */
    static DicomInput of(byte[] data, String name) {
        return new DicomInput(name, null, null, data.length, data, data.length, false);
    }

    /** Bytes this reader produced itself (e.g. an inflated dataset), which values may point into. */
    static DicomInput owned(byte[] data, String name) {
        return new DicomInput(name, null, null, data.length, data, data.length, true);
    }

    /**
     * A file no longer than {@code wholeFileLimit} is read at once (one system call for a small file);
     * a longer one is read through a window and its bulk values are left in the file.
     */
    static DicomInput open(Path file, long wholeFileLimit) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size > wholeFileLimit) {
                DicomInput windowed = new DicomInput(file.toString(), file, channel, size, new byte[WINDOW], 0, false);
                channel = null; // closed by the input
                return windowed;
            }
            byte[] data = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, buffer.position()) < 0) {
                    // the file shrank while being read: parse what is there (truncation is reported)
                    data = java.util.Arrays.copyOf(data, buffer.position());
                    break;
                }
            }
            return owned(data, file.toString());
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
    }

    long position() {
        return bufStart + pos;
    }

    long length() {
        return length;
    }

    long remaining() {
        return length - bufStart - pos;
    }

    /** The file that {@link Bytes.FileRegion}s may point into, or null for input held in memory. */
    Path file() {
        return file;
    }

    /**
     * The array holding the whole input when this reader owns it (a file read at once), so that
     * {@link Bytes.Slice}s may point into it; null otherwise (a caller's array may change later).
     */
    byte[] ownedArray() {
        return owned ? buf : null;
    }

    void readFully(byte[] b, int off, int len) throws IOException {
        if (len <= limit - pos) {
            System.arraycopy(buf, pos, b, off, len);
            pos += len;
            return;
        }
        if (len > remaining()) {
            throw new EOFException();
        }
        while (len > 0) {
            if (pos == limit) {
                fill();
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    private void fill() throws IOException {
        if (channel == null) {
            throw new EOFException();
        }
        bufStart += pos;
        pos = 0;
        limit = 0;
        ByteBuffer buffer = ByteBuffer.wrap(buf);
        while (buffer.position() == 0) {
            if (channel.read(buffer, bufStart) < 0) {
                throw new EOFException();
            }
        }
        limit = buffer.position();
    }

    void skip(long n) throws IOException {
        if (n > remaining()) {
            throw new EOFException();
        }
        if (n <= limit - pos) {
            pos += (int) n;
        } else {
            bufStart = position() + n;
            pos = 0;
            limit = 0;
        }
    }

    /** Moves to an absolute position not beyond the end (used to un-read a peeked tag). */
    void seek(long position) {
        if (position >= bufStart && position <= bufStart + limit) {
            pos = (int) (position - bufStart);
        } else {
            bufStart = position;
            pos = 0;
            limit = 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
