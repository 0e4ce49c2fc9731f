package dev.portrayal.mix;

import dev.portrayal.io.InputFile;
import dev.portrayal.io.ReaderOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of a mix run.
 *
 * @param attributes the output directory of the tag run over the same inputs
 * @param seed       the seed every random choice derives from
 * @param shardBytes a shard is closed before it would exceed this many uncompressed JSON Lines bytes
 * @param zstdLevel  the zstd level of {@code .jsonl.zst} shards and audit files (negative levels are zstd's fast modes)
 * @param overwrite  start over when the output directory holds a mix with other settings
 */
public record MixOptions(List<InputFile> inputs, Path attributes, Path output, ReaderOptions reader, int workers,
                         long seed, ShardFormat format, long shardBytes, int zstdLevel, boolean overwrite) {
    /** On JSON Lines text, level 1 compresses within a few percent of level 3 at about twice the speed. */
    public static final int DEFAULT_ZSTD_LEVEL = 1;
    public static final int MIN_ZSTD_LEVEL = -7;
    public static final int MAX_ZSTD_LEVEL = 19;

    public MixOptions {
        if (workers < 1) throw new IllegalArgumentException("--workers must be at least 1, got " + workers);
        if (shardBytes < 1) throw new IllegalArgumentException("the shard size must be positive, got " + shardBytes);
        if (zstdLevel < MIN_ZSTD_LEVEL || zstdLevel > MAX_ZSTD_LEVEL) {
            throw new IllegalArgumentException("--zstd-level must be in [" + MIN_ZSTD_LEVEL + ", " + MAX_ZSTD_LEVEL + "], got " + zstdLevel);
        }
        inputs = List.copyOf(inputs);
    }
}
