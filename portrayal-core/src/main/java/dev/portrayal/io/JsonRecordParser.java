package dev.portrayal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Pulls the text and id out of one JSON object held in a byte array, walking the tokens once and
 * skipping everything not on the two field paths. Not thread-safe: one per reader.
 */
public final class JsonRecordParser {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final FieldPath textPath;
    private final FieldPath idPath;
    private final boolean keepLiteral;
    private final JsonLineScanner scanner;
    private byte[] bytes;
    private int base;
    private int end;
    private Object text;
    private Object id;

    public JsonRecordParser(FieldPath textPath, FieldPath idPath) {
        this(textPath, idPath, false);
    }

    /** @param keepLiteral give the text as its JSON literal ({@link Parsed#literal()}) instead of decoding it */
    public JsonRecordParser(FieldPath textPath, FieldPath idPath, boolean keepLiteral) {
        this.textPath = textPath;
        this.idPath = idPath;
        this.keepLiteral = keepLiteral;
        this.scanner = keepLiteral ? new JsonLineScanner(textPath, idPath) : null;
    }

    /**
     * The outcome of parsing one line. {@code error} is null when the record is readable; then exactly
     * one of {@code text} and {@code literal} is set.
     */
    public record Parsed(String text, JsonString literal, String id, String error) {
        Parsed(String error) {
            this(null, null, null, error);
        }
    }

    public Parsed parse(byte[] bytes, int offset, int length) {
        if (scanner != null && scanner.scan(bytes, offset, length)) return new Parsed(null, scanner.text(), scanner.id(), null);
        text = null;
        id = null;
        this.bytes = bytes;
        this.base = offset;
        this.end = offset + length;
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new Parsed("malformed JSON: expected an object, found " + describe(first));
            }
            scan(p, 0, true, true);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                return new Parsed("malformed JSON: unexpected " + describe(trailing) + " after the object");
            }
        } catch (IOException e) {
            return new Parsed("malformed JSON: " + firstLine(e.getMessage()));
        }
        if (text == null) {
            return new Parsed("missing text field '" + textPath + "'");
        }
        if (text instanceof JsonString literal) {
            if (!literal.hasLoneSurrogate()) return new Parsed(null, literal, idOrNull(), null);
            text = literal.value();
        }
        if (!(text instanceof String s)) {
            return new Parsed("field '" + textPath + "' is " + text + ", expected a string");
        }
        int bad = Utf8.firstLoneSurrogate(s);
        if (bad >= 0) {
            return new Parsed("invalid encoding: field '" + textPath
                    + "' has an unpaired surrogate \\u" + Integer.toHexString(s.charAt(bad)) + " at char " + bad);
        }
        return new Parsed(s, null, idOrNull(), null);
    }

    private String idOrNull() {
        return id instanceof String v ? v : null;
    }

    private void scan(JsonParser p, int depth, boolean onText, boolean onId) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            boolean text = onText && depth < textPath.depth() && textPath.segment(depth).equals(name);
            boolean id = onId && depth < idPath.depth() && idPath.segment(depth).equals(name);
            JsonToken value = p.nextToken();
            if (text && depth == textPath.depth() - 1) {
                this.text = value != JsonToken.VALUE_STRING ? kindOf(value) : keepLiteral ? literal(p) : p.getText();
                p.skipChildren();
            } else if (id && depth == idPath.depth() - 1) {
                this.id = switch (value) {
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText();
                    default -> null;
                };
                p.skipChildren();
            } else if (value == JsonToken.START_OBJECT && (text || id)) {
                scan(p, depth + 1, text, id);
            } else {
                p.skipChildren();
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + describe(t));
        }
    }

    /**
     * The current string token's literal, left for the parser to check when it moves past it; the
     * decoded string should the token's location not be where its quote is.
     */
    private Object literal(JsonParser p) throws IOException {
        int quote = base + (int) p.currentTokenLocation().getByteOffset();
        JsonString s = quote >= base && quote < end && bytes[quote] == '"' ? JsonString.at(bytes, quote, end) : null;
        return s != null ? s : p.getText();
    }

    /** A non-string value, described for the error message. */
    private record Kind(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Kind kindOf(JsonToken t) {
        return new Kind(switch (t) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> String.valueOf(t);
        });
    }

    private static String describe(JsonToken t) {
        return t == null ? "end of input" : t.asString() != null ? "'" + t.asString() + "'" : t.name();
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
