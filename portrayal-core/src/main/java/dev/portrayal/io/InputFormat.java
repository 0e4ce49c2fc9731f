package dev.portrayal.io;

import java.util.Locale;
import java.util.Optional;

/** The kinds of input Portrayal reads, recognised by file name. */
public enum InputFormat {
    JSONL(Compression.NONE),
    JSONL_GZIP(Compression.GZIP),
    JSONL_ZSTD(Compression.ZSTD),
    PARQUET(Compression.NONE),
    WARC(Compression.NONE);

    private final Compression compression;

    InputFormat(Compression compression) {
        this.compression = compression;
    }

    public Compression compression() {
        return compression;
    }

    /** Only plain JSON Lines can be cut into byte ranges and read by several workers. */
    public boolean splittable() {
        return this == JSONL;
    }

    /** The suffixes this tool reads, for error messages. */
    public static final String KNOWN_SUFFIXES =
            ".jsonl, .json (each optionally .gz or .zst), .parquet, .warc, .warc.gz, .wet, .wet.gz";

    public static Optional<InputFormat> of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".json")) return Optional.of(JSONL);
        if (n.endsWith(".jsonl.gz") || n.endsWith(".json.gz")) return Optional.of(JSONL_GZIP);
        if (n.endsWith(".jsonl.zst") || n.endsWith(".json.zst")) return Optional.of(JSONL_ZSTD);
        if (n.endsWith(".parquet")) return Optional.of(PARQUET);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".wet") || n.endsWith(".wet.gz")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    /** The file name without the suffix that made it recognised. */
    public static String stripSuffix(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (String s : new String[] {".jsonl.gz", ".json.gz", ".jsonl.zst", ".json.zst", ".warc.wet.gz",
                ".warc.gz", ".wet.gz", ".jsonl", ".json", ".parquet", ".warc", ".wet"}) {
            if (n.endsWith(s)) {
                return fileName.substring(0, fileName.length() - s.length());
            }
        }
        return fileName;
    }
}
