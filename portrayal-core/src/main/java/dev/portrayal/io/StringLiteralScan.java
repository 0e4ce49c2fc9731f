package dev.portrayal.io;

/**
 * One pass over a JSON string literal, eight bytes at a time: where it ends, how many code points it
 * decodes to (UTF-8 lead bytes, one per escape, one per surrogate pair), how many escapes it has and
 * whether a {@code \\u} escape leaves a surrogate unpaired. It checks what JSON requires of a string
 * (no raw control characters, only JSON's escapes, four hex digits after {@code \\u}); the bytes must
 * already be valid UTF-8. Mutable and reused: the fields hold the last successful {@link #scan}.
 */
final class StringLiteralScan {
    private static final long QUOTES = Swar.broadcast('"');
    private static final long BACKSLASHES = Swar.broadcast('\\');
    private static final long SPACES = Swar.broadcast(' ');

    /** Index just past the closing quote. */
    int end;
    int codePoints;
    int escapes;
    boolean loneSurrogate;

    /** Scans the literal whose opening quote is at {@code quote}; false if it is malformed or not closed before {@code limit}. */
    boolean scan(byte[] b, int quote, int limit) {
        int k = quote + 1;
        int count = 0;
        int escaped = 0;
        boolean lone = false;
        while (true) {
            if (k + 8 <= limit) {
                long x = Swar.load(b, k);
                long special = Swar.matches(x, QUOTES) | Swar.matches(x, BACKSLASHES) | ((x - SPACES) & ~x & Swar.HIGHS);
                if (special == 0) {
                    count += 8 - Long.bitCount(x & ~(x << 1) & Swar.HIGHS);
                    k += 8;
                    continue;
                }
                int n = Swar.firstFlagged(special);
                long before = x & ((1L << (n << 3)) - 1);
                count += n - Long.bitCount(before & ~(before << 1) & Swar.HIGHS);
                k += n;
            } else {
                while (k < limit && b[k] != '"' && b[k] != '\\' && (b[k] & 0xFF) >= 0x20) {
                    if ((b[k] & 0xC0) != 0x80) count++;
                    k++;
                }
                if (k >= limit) return false;
            }
            byte c = b[k];
            if (c == '"') {
                end = k + 1;
                codePoints = count;
                escapes = escaped;
                loneSurrogate = lone;
                return true;
            }
            if (c != '\\' || k + 1 >= limit) return false;   // a raw control character, or a cut escape
            escaped++;
            count++;
            switch (b[k + 1]) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> k += 2;
                case 'u' -> {
                    int u = hex(b, k + 2, limit);
                    if (u < 0) return false;
                    k += 6;
                    if (u >= 0xD800 && u <= 0xDBFF && k + 1 < limit && b[k] == '\\' && b[k + 1] == 'u') {
                        int low = hex(b, k + 2, limit);
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            k += 6;
                            escaped++;
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
    private static int hex(byte[] b, int at, int limit) {
        if (at + 4 > limit) return -1;
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) return -1;
            v = (v << 4) | d;
        }
        return v;
    }
}
