package dev.portrayal.mix;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one planned shard to a file. Implementations are stateless and thread-safe. */
interface ShardWriter {
    /** Writes the shard and returns the SHA-256 (hex) of the file written. */
    String write(Shard shard, Path target) throws IOException;

    static ShardWriter of(ShardFormat format) {
        return format == ShardFormat.PARQUET ? new ParquetShardWriter() : new ZstdShardWriter();
    }
}
