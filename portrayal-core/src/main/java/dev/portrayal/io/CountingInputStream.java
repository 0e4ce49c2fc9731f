package dev.portrayal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports every byte read from the underlying file, for progress. */
public final class CountingInputStream extends FilterInputStream {
    private final LongConsumer onBytes;

    public CountingInputStream(InputStream in, LongConsumer onBytes) {
        super(in);
        this.onBytes = onBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) onBytes.accept(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) onBytes.accept(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        if (s > 0) onBytes.accept(s);
        return s;
    }
}
