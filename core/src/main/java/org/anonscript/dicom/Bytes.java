package org.anonscript.dicom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The bytes of one value: held in memory (always little endian), or, for bulk values, a region of the
 * source that is copied to the output as it is: a {@link FileRegion} of a large file (never held in
 * memory), or a {@link Slice} of a small file that was read whole.
 */
public sealed interface Bytes permits Bytes.Inline, Bytes.FileRegion, Bytes.Slice {

    Bytes EMPTY = new Inline(new byte[0]);

    long length();

    /** The value in little endian byte order; loads a file region (callers decide whether that is wise). */
    byte[] toArray(int numberWidth);

    static Bytes of(byte[] littleEndian) {
        return new Inline(littleEndian.clone());
    }

    /** Bytes in memory, little endian. The array is never exposed, so the value is immutable. */
    final class Inline implements Bytes {
        private final byte[] data;

        Inline(byte[] owned) {
            this.data = owned;
        }

        @Override
        public long length() {
            return data.length;
        }

        @Override
        public byte[] toArray(int numberWidth) {
            return data.clone();
        }

        /** No copy; callers in this package promise not to modify it. */
        byte[] shared() {
            return data;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Inline other && Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Inline[" + data.length + " bytes]";
        }
    }

    /**
     * {@code length} bytes at {@code offset} of {@code file}, in the file's byte order ({@code bigEndian}).
     * The file must not change while the dataset that refers to it is in use.
     */
    record FileRegion(Path file, long offset, long length, boolean bigEndian) implements Bytes {
        @Override
        public byte[] toArray(int numberWidth) {
            if (length > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("value of " + length + " bytes is too large to load into memory");
            }
            byte[] out = new byte[(int) length];
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.wrap(out);
                long position = offset;
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, position);
                    if (n < 0) {
                        throw new IOException(file + ": file shrank; value at offset " + offset + " is gone");
                    }
                    position += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bigEndian) {
                ByteOrderSwap.swap(out, 0, out.length, numberWidth);
            }
            return out;
        }
    }

    /**
     * {@code length} bytes at {@code offset} of the array a whole file was read into, in the file's byte
     * order ({@code bigEndian}): a bulk value of a small file, written out without a copy of its own. The
     * array is never exposed or changed, so the value is immutable.
     */
    final class Slice implements Bytes {
        private final byte[] buffer;
        private final int offset;
        private final int length;
        private final boolean bigEndian;

        Slice(byte[] buffer, int offset, int length, boolean bigEndian) {
            this.buffer = buffer;
            this.offset = offset;
            this.length = length;
            this.bigEndian = bigEndian;
        }

        @Override
        public long length() {
            return length;
        }

        boolean bigEndian() {
            return bigEndian;
        }

        byte[] buffer() {
            return buffer;
        }

        int offset() {
            return offset;
        }

        @Override
        public byte[] toArray(int numberWidth) {
            byte[] out = Arrays.copyOfRange(buffer, offset, offset + length);
            if (bigEndian) {
                ByteOrderSwap.swap(out, 0, out.length, numberWidth);
            }
            return out;
        }

        /** The first {@code n} bytes (or all), still in the file's byte order. */
        Slice head(int n) {
            return n >= length ? this : new Slice(buffer, offset, n, bigEndian);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Slice other && other.bigEndian == bigEndian && (other.buffer == buffer
                    && other.offset == offset && other.length == length
                    || Arrays.equals(buffer, offset, offset + length, other.buffer, other.offset, other.offset + other.length));
        }

        @Override
        public int hashCode() {
            int h = Boolean.hashCode(bigEndian);
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + buffer[i];
            }
            return h;
        }

        @Override
        public String toString() {
            return "Slice[" + length + " bytes at " + offset + (bigEndian ? ", big endian]" : "]");
        }
    }
}
