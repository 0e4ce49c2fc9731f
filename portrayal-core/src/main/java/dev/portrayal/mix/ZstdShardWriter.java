package dev.portrayal.mix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * A {@code .jsonl.zst} shard: the blocks' zstd frames copied one after the other (frames concatenate),
 * hashed on the way so the shard is not read again for its checksum.
 */
final class ZstdShardWriter implements ShardWriter {
    private static final long MAP_BYTES = 64L << 20;

    @Override
    public String write(Shard shard, Path target) throws IOException {
        MessageDigest sha = Checksums.newSha256();
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            FileChannel in = null;
            Path open = null;
            try {
                for (Shard.Piece p : shard.pieces()) {
                    if (!p.part().equals(open)) {
                        if (in != null) in.close();
                        in = FileChannel.open(p.part(), StandardOpenOption.READ);
                        open = p.part();
                    }
                    copy(in, p, out, sha);
                }
            } finally {
                if (in != null) in.close();
            }
        }
        return Checksums.hex(sha);
    }

    /** Hashes the block through a read-only mapping and lets the kernel copy it, so no byte passes through a buffer twice. */
    private static void copy(FileChannel in, Shard.Piece p, FileChannel out, MessageDigest sha) throws IOException {
        long at = p.block().offset();
        long length = p.block().length();
        if (at + length > in.size()) throw new IOException(p.part() + " is shorter than its block index says");
        for (long done = 0; done < length; ) {
            long n = Math.min(MAP_BYTES, length - done);
            sha.update(in.map(FileChannel.MapMode.READ_ONLY, at + done, n));
            done += n;
        }
        for (long done = 0; done < length; ) {
            long n = in.transferTo(at + done, length - done, out);
            if (n <= 0) throw new IOException("could not copy a block of " + p.part());
            done += n;
        }
    }
}
