package dev.portrayal.io;

import java.nio.charset.StandardCharsets;

/**
 * One pass over a JSON Lines record that checks it the way Jackson's default parser does and finds
 * where the text and id values stand, so a record whose text passes through unchanged is read without
 * a tokenizer. It accepts only what Jackson accepts; where it cannot be sure of that, or of reading the
 * values as Jackson would (a field name or id with escapes, a text that is not a string or has an
 * unpaired surrogate escape, deep nesting, a leading byte-order mark), it declines and the caller
 * parses the record with Jackson. Malformed records are always declined: their messages come from
 * Jackson. The bytes must already be valid UTF-8. Not thread-safe: one per reader.
 */
final class JsonLineScanner {
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final long QUOTES = Swar.broadcast('"');
    private static final long BACKSLASHES = Swar.broadcast('\\');
    private static final long SPACES = Swar.broadcast(' ');

    private final byte[][] textPath;
    private final byte[][] idPath;
    private byte[] b;
    private int i;
    private int end;
    private boolean decline;
    private int stringEscapes;
    private int stringCodePoints;
    private boolean stringLoneSurrogate;

    private int textStart;
    private int textEnd;
    private int textCodePoints;
    private boolean textLoneSurrogate;
    private boolean textIsString;
    private int idStart;
    private int idEnd;
    private boolean idIsString;

    JsonLineScanner(FieldPath textPath, FieldPath idPath) {
        this.textPath = segments(textPath);
        this.idPath = segments(idPath);
    }

    private static byte[][] segments(FieldPath path) {
        byte[][] out = new byte[path.depth()][];
        for (int k = 0; k < out.length; k++) out[k] = path.segment(k).getBytes(StandardCharsets.UTF_8);
        return out;
    }

    /**
     * Whether the record is a well-formed object whose text field holds a string without unpaired
     * surrogate escapes, and whose id (if any) reads without decoding; false means "parse it with Jackson".
     */
    boolean scan(byte[] bytes, int offset, int length) {
        b = bytes;
        i = offset;
        end = offset + length;
        decline = false;
        textStart = -1;
        textIsString = false;
        idStart = -1;
        skipWhitespace();
        if (i >= end || b[i] != '{') return false;
        if (!object(0, true, true)) return false;
        skipWhitespace();
        return i == end && textStart >= 0 && textIsString && !textLoneSurrogate && !decline;
    }

    /** The text's literal, quotes included, after a successful {@link #scan}. */
    JsonString text() {
        return JsonString.of(b, textStart, textEnd, textCodePoints);
    }

    /** The id after a successful {@link #scan}: a string's content, a number as written, or null. */
    String id() {
        if (idStart < 0) return null;
        return idIsString ? new String(b, idStart + 1, idEnd - idStart - 2, StandardCharsets.UTF_8)
                : new String(b, idStart, idEnd - idStart, StandardCharsets.ISO_8859_1);
    }

    private boolean object(int depth, boolean onText, boolean onId) {
        if (depth > MAX_DEPTH) return declined();
        i++;
        skipWhitespace();
        if (i < end && b[i] == '}') {
            i++;
            return true;
        }
        while (true) {
            if (i >= end || b[i] != '"') return false;
            int nameStart = i + 1;
            if (!string()) return false;
            int nameEnd = i - 1;
            boolean text = onText && depth < textPath.length && same(nameStart, nameEnd, textPath[depth]);
            boolean id = onId && depth < idPath.length && same(nameStart, nameEnd, idPath[depth]);
            if ((onText || onId) && stringEscapes > 0) return declined();
            skipWhitespace();
            if (i >= end || b[i] != ':') return false;
            i++;
            skipWhitespace();
            if (i >= end) return false;
            int valueStart = i;
            byte first = b[i];
            if (text && depth == textPath.length - 1) {
                textIsString = first == '"';
                if (!value(depth)) return false;
                textStart = valueStart;
                textEnd = i;
                textCodePoints = stringCodePoints;
                textLoneSurrogate = stringLoneSurrogate;
            } else if (id && depth == idPath.length - 1) {
                if (!value(depth)) return false;
                boolean number = first == '-' || (first >= '0' && first <= '9');
                if (first == '"' && stringEscapes > 0) return declined();
                idStart = first == '"' || number ? valueStart : -1;
                idEnd = i;
                idIsString = first == '"';
            } else if (first == '{' && (text || id)) {
                if (!object(depth + 1, text, id)) return false;
            } else if (!value(depth)) {
                return false;
            }
            skipWhitespace();
            if (i >= end) return false;
            if (b[i] == ',') {
                i++;
                skipWhitespace();
            } else if (b[i] == '}') {
                i++;
                return true;
            } else {
                return false;
            }
        }
    }

    private boolean value(int depth) {
        return switch (b[i]) {
            case '"' -> string();
            case '{' -> object(depth + 1, false, false);
            case '[' -> array(depth + 1);
            case 't' -> keyword("true");
            case 'f' -> keyword("false");
            case 'n' -> keyword("null");
            default -> number();
        };
    }

    private boolean array(int depth) {
        if (depth > MAX_DEPTH) return declined();
        i++;
        skipWhitespace();
        if (i < end && b[i] == ']') {
            i++;
            return true;
        }
        while (true) {
            if (i >= end || !value(depth)) return false;
            skipWhitespace();
            if (i >= end) return false;
            if (b[i] == ',') {
                i++;
                skipWhitespace();
            } else if (b[i] == ']') {
                i++;
                return true;
            } else {
                return false;
            }
        }
    }

    /**
     * A string from its opening quote: moves past the closing quote, counting code points and escapes.
     * Raw control characters and escapes JSON does not have make it malformed.
     */
    private boolean string() {
        int k = i + 1;
        int codePoints = 0;
        int escapes = 0;
        boolean lone = false;
        while (true) {
            if (k + 8 <= end) {
                long x = Swar.load(b, k);
                long special = Swar.matches(x, QUOTES) | Swar.matches(x, BACKSLASHES) | ((x - SPACES) & ~x & Swar.HIGHS);
                if (special == 0) {
                    codePoints += 8 - Long.bitCount(x & ~(x << 1) & Swar.HIGHS);
                    k += 8;
                    continue;
                }
                int n = Swar.firstFlagged(special);
                long before = x & ((1L << (n << 3)) - 1);
                codePoints += n - Long.bitCount(before & ~(before << 1) & Swar.HIGHS);
                k += n;
            } else {
                while (k < end && b[k] != '"' && b[k] != '\\' && (b[k] & 0xFF) >= 0x20) {
                    if ((b[k] & 0xC0) != 0x80) codePoints++;
                    k++;
                }
                if (k >= end) return false;
            }
            byte c = b[k];
            if (c == '"') {
                i = k + 1;
                stringCodePoints = codePoints;
                stringEscapes = escapes;
                stringLoneSurrogate = lone;
                return true;
            }
            if (c != '\\') return false;   // a raw control character
            if (k + 1 >= end) return false;
            escapes++;
            codePoints++;
            switch (b[k + 1]) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> k += 2;
                case 'u' -> {
                    int u = hex(k + 2);
                    if (u < 0) return false;
                    k += 6;
                    if (u >= 0xD800 && u <= 0xDBFF && k + 1 < end && b[k] == '\\' && b[k + 1] == 'u') {
                        int low = hex(k + 2);
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            k += 6;
                            escapes++;
                        } else {
                            lone = true;
                        }
                    } else if (u >= 0xD800 && u <= 0xDFFF) {
                        lone = true;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /** Four hex digits at {@code at}, or -1. */
    private int hex(int at) {
        if (at + 4 > end) return -1;
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) return -1;
            v = (v << 4) | d;
        }
        return v;
    }

    private boolean number() {
        int start = i;
        if (b[i] == '-') i++;
        if (i >= end) return false;
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            while (i < end && isDigit(b[i])) i++;
        } else {
            return false;
        }
        if (i < end && b[i] == '.') {
            i++;
            if (i >= end || !isDigit(b[i])) return false;
            while (i < end && isDigit(b[i])) i++;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) i++;
            if (i >= end || !isDigit(b[i])) return false;
            while (i < end && isDigit(b[i])) i++;
        }
        if (i - start > MAX_NUMBER_LENGTH) return declined();
        return i >= end || isDelimiter(b[i]);
    }

    private boolean keyword(String word) {
        if (i + word.length() > end) return false;
        for (int k = 0; k < word.length(); k++) {
            if (b[i + k] != word.charAt(k)) return false;
        }
        i += word.length();
        return i >= end || isDelimiter(b[i]);
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDelimiter(byte c) {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void skipWhitespace() {
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            i++;
        }
    }

    private boolean same(int from, int to, byte[] segment) {
        if (to - from != segment.length) return false;
        for (int k = 0; k < segment.length; k++) {
            if (b[from + k] != segment[k]) return false;
        }
        return true;
    }

    private boolean declined() {
        decline = true;
        return false;
    }
}
