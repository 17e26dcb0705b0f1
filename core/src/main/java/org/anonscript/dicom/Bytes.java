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
 * source file that is copied to the output without being held in memory.
 */
public sealed interface Bytes permits Bytes.Inline, Bytes.FileRegion {

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
}
