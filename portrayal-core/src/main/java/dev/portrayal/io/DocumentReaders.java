package dev.portrayal.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/** Opens the right reader for a file or a byte range of one. */
public final class DocumentReaders {
    private static final int BUFFER = 1 << 17;

    private DocumentReaders() {
    }

    public static DocumentReader open(InputFile file, ReaderOptions options, ByteRange range, LongConsumer onBytes)
            throws IOException {
        return switch (file.format()) {
            case PARQUET -> {
                ParquetDocumentReader r = new ParquetDocumentReader(file.path(), file.relative(), options);
                onBytes.accept(file.size());
                yield r;
            }
            case WARC -> new WarcDocumentReader(new BufferedInputStream(
                    new CountingInputStream(openStream(file, 0), onBytes), BUFFER), file.relative(), options);
            case JSONL, JSONL_GZIP, JSONL_ZSTD -> openJsonl(file, options, range, onBytes);
        };
    }

    private static DocumentReader openJsonl(InputFile file, ReaderOptions options, ByteRange range, LongConsumer onBytes)
            throws IOException {
        if (range.isWhole()) {
            InputStream raw = new CountingInputStream(openStream(file, 0), onBytes);
            // opened lazily: a damaged header then surfaces while reading, as a quarantine entry
            InputStream in = new LazyInputStream(() -> file.format().compression().decompress(raw), raw);
            return new JsonlReader(in, file.relative(), options);
        }
        if (!file.format().splittable()) {
            throw new IllegalArgumentException(file.relative() + " is compressed and cannot be read by byte range");
        }
        long start = alignedStart(file, range.start());
        InputStream in = new CountingInputStream(openStream(file, start), onBytes);
        long limit = range.end() == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, range.end() - start);
        return new JsonlReader(in, file.relative(), options, limit, range.firstIndex());
    }

    /** Counts the records (non-blank lines) whose first byte lies in the range. */
    public static long countRecords(InputFile file, ByteRange range, int maxRecordBytes) throws IOException {
        long start = alignedStart(file, range.start());
        long limit = Math.max(0, range.end() - start);
        try (InputStream in = openStream(file, start)) {
            LineReader lines = new LineReader(in, maxRecordBytes, limit);
            long n = 0;
            while (lines.next()) n++;
            return n;
        }
    }

    /** The first line start at or after {@code position}. */
    private static long alignedStart(InputFile file, long position) throws IOException {
        if (position == 0) return 0;
        try (FileChannel ch = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            ch.position(position - 1);
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
            long p = position - 1;
            int b;
            while ((b = in.read()) >= 0) {
                p++;
                if (b == '\n') return p;
            }
            return p;
        }
    }

    private static InputStream openStream(InputFile file, long position) throws IOException {
        FileChannel ch = FileChannel.open(file.path(), StandardOpenOption.READ);
        ch.position(position);
        return new BufferedInputStream(Channels.newInputStream(ch), BUFFER);
    }
}
