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

    private final byte[][] textPath;
    private final byte[][] idPath;
    private byte[] b;
    private int i;
    private int end;
    private boolean decline;
    private final StringLiteralScan literal = new StringLiteralScan();

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
        if (opensEmpty('}')) return true;
        while (true) {
            if (i >= end || b[i] != '"') return false;
            int nameStart = i + 1;
            if (!string()) return false;
            int nameEnd = i - 1;
            boolean text = onText && depth < textPath.length && same(nameStart, nameEnd, textPath[depth]);
            boolean id = onId && depth < idPath.length && same(nameStart, nameEnd, idPath[depth]);
            if ((onText || onId) && literal.escapes > 0) return declined();
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
                textCodePoints = literal.codePoints;
                textLoneSurrogate = literal.loneSurrogate;
            } else if (id && depth == idPath.length - 1) {
                if (!value(depth)) return false;
                boolean number = first == '-' || (first >= '0' && first <= '9');
                if (first == '"' && literal.escapes > 0) return declined();
                idStart = first == '"' || number ? valueStart : -1;
                idEnd = i;
                idIsString = first == '"';
            } else if (first == '{' && (text || id)) {
                if (!object(depth + 1, text, id)) return false;
            } else if (!value(depth)) {
                return false;
            }
            int more = separator('}');
            if (more <= 0) return more == 0;
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
        if (opensEmpty(']')) return true;
        while (true) {
            if (i >= end || !value(depth)) return false;
            int more = separator(']');
            if (more <= 0) return more == 0;
        }
    }

    /** Steps into a container; true (and past {@code close}) when it is empty. */
    private boolean opensEmpty(char close) {
        i++;
        skipWhitespace();
        if (i < end && b[i] == close) {
            i++;
            return true;
        }
        return false;
    }

    /** After a member or element: 1 when a comma says another follows, 0 when {@code close} ends the container, -1 when malformed. */
    private int separator(char close) {
        skipWhitespace();
        if (i >= end) return -1;
        if (b[i] == ',') {
            i++;
            skipWhitespace();
            return 1;
        }
        if (b[i] != close) return -1;
        i++;
        return 0;
    }

    /** A string from its opening quote: moves past the closing quote; false when it is malformed. */
    private boolean string() {
        if (!literal.scan(b, i, end)) return false;
        i = literal.end;
        return true;
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
