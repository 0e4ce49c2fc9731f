package dev.portrayal.mix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A {@code .jsonl.zst} shard: the blocks' zstd frames copied one after the other (frames concatenate). */
final class ZstdShardWriter implements ShardWriter {
    @Override
    public void write(Shard shard, Path target) throws IOException {
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
                    long done = 0;
                    while (done < p.block().length()) {
                        long n = in.transferTo(p.block().offset() + done, p.block().length() - done, out);
                        if (n <= 0) throw new IOException(p.part() + " is shorter than its block index says");
                        done += n;
                    }
                }
            } finally {
                if (in != null) in.close();
            }
        }
    }
}
