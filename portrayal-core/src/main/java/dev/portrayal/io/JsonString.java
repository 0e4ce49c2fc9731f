package dev.portrayal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A JSON string literal exactly as it stood in the input, quotes and escapes included, decoded only
 * when asked. It lets a record whose text is passed through unchanged be written back without
 * decoding and re-encoding the text. The literal is a well-formed JSON string ({@link StringLiteralScan}
 * checks it) of valid UTF-8 (the reader checks that first).
 */
public final class JsonString {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final byte[] literal;
    private final int codePoints;
    private final boolean loneSurrogate;
    private String decoded;

    private JsonString(byte[] literal, int codePoints, boolean loneSurrogate) {
        this.literal = literal;
        this.codePoints = codePoints;
        this.loneSurrogate = loneSurrogate;
    }

    /**
     * The literal that starts with the quote at {@code quote}, copied out of {@code bytes}, or null when it
     * is malformed or not closed before {@code end}.
     */
    public static JsonString at(byte[] bytes, int quote, int end) {
        StringLiteralScan scan = new StringLiteralScan();
        if (!scan.scan(bytes, quote, end)) return null;
        return new JsonString(Arrays.copyOfRange(bytes, quote, scan.end), scan.codePoints, scan.loneSurrogate);
    }

    /** The literal {@code bytes[from, to)}, already scanned: its code points counted, no unpaired surrogate escape. */
    static JsonString of(byte[] bytes, int from, int to, int codePoints) {
        return new JsonString(Arrays.copyOfRange(bytes, from, to), codePoints, false);
    }

    /** The literal's bytes, quotes included. Not a copy: do not change them. */
    public byte[] literal() {
        return literal;
    }

    /** The decoded string (computed once). */
    public String value() {
        String s = decoded;
        if (s == null) {
            try (JsonParser p = FACTORY.createParser(literal)) {
                if (p.nextToken() != JsonToken.VALUE_STRING) throw new IllegalStateException("not a JSON string literal");
                s = p.getText();
            } catch (IOException e) {
                throw new UncheckedIOException("not a valid JSON string literal", e);
            }
            decoded = s;
        }
        return s;
    }

    /** Whether a {@code \\u} escape leaves a surrogate unpaired. */
    public boolean hasLoneSurrogate() {
        return loneSurrogate;
    }

    /** The number of code points of the decoded string. */
    public int codePointCount() {
        return codePoints;
    }

    @Override
    public String toString() {
        return value();
    }
}
