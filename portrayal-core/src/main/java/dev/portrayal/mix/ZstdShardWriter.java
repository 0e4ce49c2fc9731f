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
                    copy(in, p, out, sha, buf);
                }
            } finally {
                if (in != null) in.close();
            }
        }
        return Checksums.hex(sha);
    }

    /**
     * Reads the block once to hash it and lets the kernel copy it ({@code transferTo}), so its bytes are not
     * written back out of this process's memory. (Mapping the part instead would count the page cache in the
     * process's resident size until the mapping is collected.)
     */
    private static void copy(FileChannel in, Shard.Piece p, FileChannel out, MessageDigest sha, ByteBuffer buf)
            throws IOException {
        long at = p.block().offset();
        long length = p.block().length();
        for (long done = 0; done < length; ) {
            buf.clear().limit((int) Math.min(buf.capacity(), length - done));
            int n = in.read(buf, at + done);
            if (n <= 0) throw new IOException(p.part() + " is shorter than its block index says");
            buf.flip();
            sha.update(buf);
            done += n;
        }
        for (long done = 0; done < length; ) {
            long n = in.transferTo(at + done, length - done, out);
            if (n <= 0) throw new IOException("could not copy a block of " + p.part());
            done += n;
        }
    }
}
