package dev.portrayal.cli;

import dev.portrayal.io.FieldPath;
import dev.portrayal.io.InputFile;
import dev.portrayal.io.InputResolver;
import dev.portrayal.io.ReaderOptions;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that reads a corpus shares. */
final class InputOptions {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Input files, directories (searched recursively) or glob patterns: .jsonl/.json "
                    + "(optionally .gz or .zst), .parquet, .warc/.warc.gz/.wet/.wet.gz. Repeatable.")
    List<String> inputs;

    @Option(names = "--text-field", defaultValue = "text", paramLabel = "FIELD",
            description = "Field holding the text; dots reach into nested objects (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", defaultValue = "id", paramLabel = "FIELD",
            description = "Field holding the id (default: ${DEFAULT-VALUE}); a record without one gets <file>:<index>.")
    String idField;

    @Option(names = "--max-record-bytes", defaultValue = "10485760", paramLabel = "BYTES",
            description = "Records larger than this go to quarantine (default: ${DEFAULT-VALUE}, 10 MB).")
    int maxRecordBytes;

    ReaderOptions readerOptions() {
        try {
            return new ReaderOptions(FieldPath.parse(textField), FieldPath.parse(idField), maxRecordBytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--text-field/--id-field/--max-record-bytes: " + e.getMessage());
        }
    }

    List<InputFile> resolve() throws InputResolver.InputException {
        return InputResolver.resolve(inputs);
    }
}
