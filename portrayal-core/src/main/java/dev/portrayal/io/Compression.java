package dev.portrayal.io;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Stream compressions of JSON Lines files. */
public enum Compression {
    NONE, GZIP, ZSTD;

    public InputStream decompress(InputStream raw) throws IOException {
        return switch (this) {
            case NONE -> raw;
            case GZIP -> new GZIPInputStream(raw, 1 << 16);
            case ZSTD -> new BufferedInputStream(new ZstdInputStreamNoFinalizer(raw), 1 << 17);
        };
    }
}
