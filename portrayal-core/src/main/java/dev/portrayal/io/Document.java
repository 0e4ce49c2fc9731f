package dev.portrayal.io;

import java.util.Map;

/**
 * One readable input record.
 *
 * @param id       the record's id, or {@code <file>:<index>} when the record has none
 * @param text     the document text
 * @param line     0-based index of the record in its file
 * @param metadata small source facts worth keeping (a WARC target URI); never null
 */
public record Document(String id, String text, long line, Map<String, String> metadata) {
    public Document {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public Document(String id, String text, long line) {
        this(id, text, line, Map.of());
    }
}
