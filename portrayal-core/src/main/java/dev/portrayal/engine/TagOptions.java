package dev.portrayal.engine;

import dev.portrayal.io.InputFile;
import dev.portrayal.io.ReaderOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of a tag run.
 *
 * @param splitBytes plain JSONL files larger than this are cut into ranges of this size
 * @param overwrite  start over when the output directory holds a run with other settings
 */
public record TagOptions(List<InputFile> inputs, Path output, ReaderOptions reader, int workers, long splitBytes,
                         boolean overwrite) {
    public static final long DEFAULT_SPLIT_BYTES = 64L << 20;

    public TagOptions {
        if (workers < 1) throw new IllegalArgumentException("--workers must be at least 1, got " + workers);
        if (splitBytes < 1) throw new IllegalArgumentException("the split size must be positive");
        inputs = List.copyOf(inputs);
    }
}
