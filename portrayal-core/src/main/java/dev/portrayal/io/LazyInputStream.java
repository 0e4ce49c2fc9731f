package dev.portrayal.io;

import java.io.IOException;
import java.io.InputStream;

/** Opens its stream on first read, so that an error in a file's header is met while reading. */
final class LazyInputStream extends InputStream {
    interface Opener {
        InputStream open() throws IOException;
    }

    private final Opener opener;
    private final InputStream underlying;
    private InputStream in;

    LazyInputStream(Opener opener, InputStream underlying) {
        this.opener = opener;
        this.underlying = underlying;
    }

    private InputStream in() throws IOException {
        if (in == null) in = opener.open();
        return in;
    }

    @Override
    public int read() throws IOException {
        return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in().read(b, off, len);
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close();
        underlying.close();
    }
}
