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
 * @param overwrite  start over when the output directory holds a mix with other settings
 */
public record MixOptions(List<InputFile> inputs, Path attributes, Path output, ReaderOptions reader, int workers,
                         long seed, ShardFormat format, long shardBytes, boolean overwrite) {
    public static final long DEFAULT_SHARD_BYTES = 1L << 30;

    public MixOptions {
        if (workers < 1) throw new IllegalArgumentException("--workers must be at least 1, got " + workers);
        if (shardBytes < 1) throw new IllegalArgumentException("the shard size must be positive, got " + shardBytes);
        inputs = List.copyOf(inputs);
    }
}
