package dev.portrayal.mix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * A {@code .jsonl.zst} shard: the blocks' zstd frames copied one after the other (frames concatenate),
 * hashed on the way so the shard is not read again for its checksum.
 */
final class ZstdShardWriter implements ShardWriter {
    private static final int BUFFER_BYTES = 1 << 20;

    @Override
    public String write(Shard shard, Path target) throws IOException {
        MessageDigest sha = Checksums.newSha256();
        ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER_BYTES);
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
                    long at = p.block().offset();
                    long left = p.block().length();
                    while (left > 0) {
                        buf.clear().limit((int) Math.min(BUFFER_BYTES, left));
                        int n = in.read(buf, at);
                        if (n <= 0) throw new IOException(p.part() + " is shorter than its block index says");
                        at += n;
                        left -= n;
                        buf.flip();
                        sha.update(buf.duplicate());
                        while (buf.hasRemaining()) out.write(buf);
                    }
                }
            } finally {
                if (in != null) in.close();
            }
        }
        return Checksums.hex(sha);
    }
}
