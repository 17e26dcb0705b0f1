package org.anonscript.dicom;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bytes being read with their position and total length known, so that a value running past the end is
 * reported as truncation before anything is read. File input skips bulk values with a seek.
 */
abstract class DicomInput implements AutoCloseable {

    final String name;

    DicomInput(String name) {
        this.name = name;
    }

    abstract long position();

    abstract long length();

    abstract void readFully(byte[] b, int off, int len) throws IOException;

    abstract void skip(long n) throws IOException;

    /** Moves to an absolute position not beyond the end (used to un-read a peeked tag). */
    abstract void seek(long position);

    /** The file that {@link Bytes.FileRegion}s may point into, or null for input held in memory. */
    abstract Path file();

    long remaining() {
        return length() - position();
    }

    @Override
    public void close() throws IOException {
    }

    static DicomInput of(byte[] data, String name) {
        return new Memory(data, 0, name);
    }

    static DicomInput open(Path file) throws IOException {
        return new FileInput(file);
    }

    static final class Memory extends DicomInput {
        private final byte[] data;
        private int pos;

        Memory(byte[] data, int pos, String name) {
            super(name);
            this.data = data;
            this.pos = pos;
        }

        @Override
        long position() {
            return pos;
        }

        @Override
        long length() {
            return data.length;
        }

        @Override
        void readFully(byte[] b, int off, int len) throws IOException {
            if (len > data.length - pos) {
                throw new EOFException();
            }
            System.arraycopy(data, pos, b, off, len);
            pos += len;
        }

        @Override
        void skip(long n) throws IOException {
            if (n > data.length - pos) {
                throw new EOFException();
            }
            pos += (int) n;
        }

        @Override
        void seek(long position) {
            pos = (int) position;
        }

        @Override
        Path file() {
            return null;
        }
    }

    static final class FileInput extends DicomInput {
        private final Path path;
        private final FileChannel channel;
        private final long size;
        private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        private long bufferStart;

        FileInput(Path path) throws IOException {
            super(path.toString());
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.READ);
            this.size = channel.size();
            buffer.limit(0);
        }

        @Override
        long position() {
            return bufferStart + buffer.position();
        }

        @Override
        long length() {
            return size;
        }

        @Override
        void readFully(byte[] b, int off, int len) throws IOException {
            if (len > remaining()) {
                throw new EOFException();
            }
            while (len > 0) {
                if (!buffer.hasRemaining()) {
                    fill();
                }
                int n = Math.min(len, buffer.remaining());
                buffer.get(b, off, n);
                off += n;
                len -= n;
            }
        }

        private void fill() throws IOException {
            bufferStart += buffer.position();
            buffer.clear();
            while (buffer.position() == 0) {
                if (channel.read(buffer, bufferStart) < 0) {
                    buffer.flip();
                    throw new EOFException();
                }
            }
            buffer.flip();
        }

        @Override
        void skip(long n) throws IOException {
            if (n > remaining()) {
                throw new EOFException();
            }
            if (n <= buffer.remaining()) {
                buffer.position(buffer.position() + (int) n);
            } else {
                bufferStart = position() + n;
                buffer.clear().limit(0);
            }
        }

        @Override
        void seek(long position) {
            if (position >= bufferStart && position <= bufferStart + buffer.limit()) {
                buffer.position((int) (position - bufferStart));
            } else {
                bufferStart = position;
                buffer.clear().limit(0);
            }
        }

        @Override
        Path file() {
            return path;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
