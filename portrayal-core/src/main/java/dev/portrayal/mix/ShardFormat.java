package dev.portrayal.mix;

import java.util.Optional;

/** The file format of the output shards. */
public enum ShardFormat {
    JSONL_ZSTD("jsonl.zst"), PARQUET("parquet");

    private final String key;

    ShardFormat(String key) {
        this.key = key;
    }

    /** The name on the command line, which is also the shards' file suffix. */
    public String key() {
        return key;
    }

    public static Optional<ShardFormat> fromKey(String key) {
        for (ShardFormat f : values()) {
            if (f.key.equals(key)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
