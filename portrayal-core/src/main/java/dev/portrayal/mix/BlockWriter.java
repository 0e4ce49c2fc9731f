package dev.portrayal.mix;

import com.github.luben.zstd.Zstd;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JSON Lines records into a part file as a series of zstd frames ("blocks") of at most
 * {@code blockBytes} uncompressed bytes each (a single larger record gets a block of its own), and
 * remembers where each block lies. Shards are later cut at block boundaries, by copying frames, so a
 * shard never needs recompressing. Not thread-safe; the file is created on the first record.
 */
final class BlockWriter implements Closeable {
    private final Path file;
    private final int blockBytes;
    private final int level;
    private final GrowableBytes block;
    private final List<Block> blocks = new ArrayList<>();
    private OutputStream out;
    private byte[] compressed = new byte[0];
    private long offset;
    private int recordStart;
    private int recordsInBlock;

    BlockWriter(Path file, int blockBytes, int level) {
        this.file = file;
        this.blockBytes = blockBytes;
        this.level = level;
        this.block = new GrowableBytes(Math.min(blockBytes, 1 << 16) + 1024);
    }

    /** Where the next record's bytes go; call {@link #endRecord()} after each record. */
    GrowableBytes sink() {
        return block;
    }

    void endRecord() throws IOException {
        if (block.size() > blockBytes && recordStart > 0) {
            writeFrame(recordStart, recordsInBlock);
            block.discard(recordStart);
            recordsInBlock = 0;
        }
        recordsInBlock++;
        if (block.size() >= blockBytes) {
            writeFrame(block.size(), recordsInBlock);
            block.reset();
            recordsInBlock = 0;
        }
        recordStart = block.size();
    }

    private void writeFrame(int length, int records) throws IOException {
        if (out == null) out = Files.newOutputStream(file);
        int bound = (int) Zstd.compressBound(length);
        if (compressed.length < bound) compressed = new byte[bound];
        long n = Zstd.compressByteArray(compressed, 0, bound, block.array(), 0, length, level);
        if (Zstd.isError(n)) throw new IOException("zstd compression failed: " + Zstd.getErrorName(n));
        out.write(compressed, 0, (int) n);
        blocks.add(new Block(offset, n, length, records));
        offset += n;
    }

    /** The blocks written so far, in order. */
    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    @Override
    public void close() throws IOException {
        try {
            if (block.size() > 0) {
                writeFrame(block.size(), recordsInBlock);
                block.reset();
            }
        } finally {
            if (out != null) out.close();
        }
    }
}
