package dev.portrayal.io;

import java.util.Map;
import java.util.Objects;

/**
 * One readable input record: its id ({@code <file>:<index>} when the record has none), its text, its
 * 0-based index in its file, and small source facts worth keeping (a WARC target URI; never null).
 * A JSON Lines reader asked to keep the text as it stood ({@link ReaderOptions#keepJsonText()}) gives
 * the literal, decoded only when {@link #text()} is first called.
 */
public final class Document {
    private final String id;
    private final long line;
    private final Map<String, String> metadata;
    private final JsonString literal;
    private String text;

    public Document(String id, String text, long line, Map<String, String> metadata) {
        this(id, Objects.requireNonNull(text, "text"), null, line, metadata);
    }

    public Document(String id, String text, long line) {
        this(id, text, line, Map.of());
    }

    /** A document whose text is the JSON string literal as it stood in the input. */
    public Document(String id, JsonString literal, long line) {
        this(id, null, Objects.requireNonNull(literal, "literal"), line, Map.of());
    }

    private Document(String id, String text, JsonString literal, long line, Map<String, String> metadata) {
        this.id = id;
        this.text = text;
        this.literal = literal;
        this.line = line;
        this.metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public String id() {
        return id;
    }

    public String text() {
        if (text == null) text = literal.value();
        return text;
    }

    public long line() {
        return line;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** The text's JSON literal as it stood in the input, or null when the reader decoded it. */
    public JsonString literal() {
        return literal;
    }

    /** The text's length in code points, counted without decoding it when it is still a literal. */
    public int codePointCount() {
        if (text == null) return literal.codePointCount();
        return text.codePointCount(0, text.length());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && d.id.equals(id) && d.line == line && d.text().equals(text())
                && d.metadata.equals(metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text(), line, metadata);
    }

    @Override
    public String toString() {
        return "Document[id=" + id + ", line=" + line + ", text=" + text() + ", metadata=" + metadata + "]";
    }
}
