package dev.portrayal.mix;

import java.io.OutputStream;
import java.util.Arrays;

/** A growable byte array that a JSON generator writes into; its bytes are read back without copying. */
final class GrowableBytes extends OutputStream {
    private byte[] bytes;
    private int size;

    GrowableBytes(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }

    /** Makes room for n more bytes and returns the array to write them into, from {@link #size()}. */
    byte[] reserve(int n) {
        ensure(n);
        return bytes;
    }

    void setSize(int n) {
        size = n;
    }

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    void reset() {
        size = 0;
    }

    /** Drops the first n bytes, keeping the rest at the start. */
    void discard(int n) {
        System.arraycopy(bytes, n, bytes, 0, size - n);
        size -= n;
    }
}
