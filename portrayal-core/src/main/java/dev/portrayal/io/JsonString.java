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
 * decoding and re-encoding the text. The literal must already have been validated by a JSON parser
 * (the reader does that) and hold valid UTF-8.
 */
public final class JsonString {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final long QUOTES = Swar.broadcast('"');
    private static final long BACKSLASHES = Swar.broadcast('\\');

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
     * The literal that starts with the quote at {@code quote}, copied out of {@code bytes}, or null when
     * no closing quote comes before {@code end}. One pass finds the closing quote eight bytes at a time,
     * counting code points (UTF-8 lead bytes, one per escape, one per surrogate pair) on the way.
     * Malformed escapes are not reported here: the JSON parser rejects them when it moves past the token.
     */
    public static JsonString at(byte[] bytes, int quote, int end) {
        int i = quote + 1;
        int codePoints = 0;
        boolean lone = false;
        while (true) {
            if (i + 8 <= end) {
                long x = Swar.load(bytes, i);
                long special = Swar.matches(x, QUOTES) | Swar.matches(x, BACKSLASHES);
                if (special == 0) {
                    codePoints += 8 - Long.bitCount(x & ~(x << 1) & Swar.HIGHS);
                    i += 8;
                    continue;
                }
                int k = Swar.firstFlagged(special);
                long before = x & ((1L << (k << 3)) - 1);
                codePoints += k - Long.bitCount(before & ~(before << 1) & Swar.HIGHS);
                i += k;
            } else {
                while (i < end && bytes[i] != '"' && bytes[i] != '\\') {
                    if ((bytes[i] & 0xC0) != 0x80) codePoints++;
                    i++;
                }
                if (i >= end) return null;
            }
            if (bytes[i] == '"') {
                return new JsonString(Arrays.copyOfRange(bytes, quote, i + 1), codePoints, lone);
            }
            codePoints++;
            if (i + 1 < end && bytes[i + 1] == 'u' && i + 5 < end) {
                int c = hex(bytes, i + 2);
                i += 6;
                if (c >= 0xD800 && c <= 0xDBFF && i + 5 < end && bytes[i] == '\\' && bytes[i + 1] == 'u'
                        && isLow(hex(bytes, i + 2))) {
                    i += 6;
                } else if (c >= 0xD800 && c <= 0xDFFF) {
                    lone = true;
                }
            } else {
                i += 2;
            }
        }
    }

    /** The literal {@code bytes[from, to)}, already scanned: its code points counted, no unpaired surrogate escape. */
    static JsonString of(byte[] bytes, int from, int to, int codePoints) {
        return new JsonString(Arrays.copyOfRange(bytes, from, to), codePoints, false);
    }

    private static boolean isLow(int c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }

    private static int hex(byte[] b, int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) v = (v << 4) | (Character.digit(b[at + k], 16) & 0xF);
        return v;
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
