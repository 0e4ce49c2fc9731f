package dev.portrayal.cli;

import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.mix.MixOptions;
import dev.portrayal.mix.ShardFormat;
import picocli.CommandLine.Option;

/** How mix writes its training shards: the options `mix` and `run` share. */
final class ShardOptions {
    @Option(names = "--format", defaultValue = "jsonl.zst", paramLabel = "FORMAT",
            description = "Shard format: jsonl.zst (default) or parquet.")
    String format = "jsonl.zst";

    @Option(names = "--shard-mb", defaultValue = "1024", paramLabel = "MB",
            description = "Shards rotate before exceeding this many MiB of uncompressed JSON Lines (default: ${DEFAULT-VALUE}).")
    double shardMb = 1024;

    @Option(names = "--zstd-level", defaultValue = "1", paramLabel = "LEVEL",
            description = "zstd level of .jsonl.zst shards and audit files, -7 to 19 (default: ${DEFAULT-VALUE}; "
                    + "negative levels are faster and larger).")
    int zstdLevel = MixOptions.DEFAULT_ZSTD_LEVEL;

    ShardFormat shardFormat() throws ConfigurationException {
        return ShardFormat.fromKey(format).orElseThrow(() ->
                new ConfigurationException("--format " + format + ": expected jsonl.zst or parquet"));
    }

    long shardBytes() throws ConfigurationException {
        if (!(shardMb > 0)) throw new ConfigurationException("--shard-mb must be positive, got " + shardMb);
        return Math.max(1, (long) (shardMb * (1 << 20)));
    }

    int zstdLevel() throws ConfigurationException {
        if (zstdLevel < MixOptions.MIN_ZSTD_LEVEL || zstdLevel > MixOptions.MAX_ZSTD_LEVEL) {
            throw new ConfigurationException("--zstd-level must be in [" + MixOptions.MIN_ZSTD_LEVEL + ", "
                    + MixOptions.MAX_ZSTD_LEVEL + "], got " + zstdLevel);
        }
        return zstdLevel;
    }
}
