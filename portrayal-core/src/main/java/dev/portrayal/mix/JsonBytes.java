package dev.portrayal.mix;

import java.nio.charset.StandardCharsets;

/**
 * Writes JSON tokens straight into a byte buffer. Output records are mostly one long string; encoding
 * and escaping it here in one pass is several times faster than a general JSON generator.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 8192;

    private JsonBytes() {
    }

    /** Writes a JSON string: UTF-8, with quotes, backslashes and control characters escaped. */
    static void string(GrowableBytes out, String s) {
        int n = s.length();
        out.write('"');
        int i = 0;
        while (i < n) {
            int chunk = Math.min(n - i, CHUNK);
            byte[] buf = out.reserve(chunk * 6);     // the worst case: six bytes per char (a control character escaped)
            int p = out.size();
            int end = i + chunk;
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                    buf[p++] = (byte) c;
                } else if (c < 0x80) {
                    p = escape(buf, p, c);
                } else if (c < 0x800) {
                    buf[p++] = (byte) (0xC0 | (c >> 6));
                    buf[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    if (i == end) end++;                  // the pair straddled the chunk's end
                    buf[p++] = (byte) (0xF0 | (cp >> 18));
                    buf[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[p++] = (byte) (0x80 | (cp & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    buf[p++] = '?';                       // an unpaired surrogate, as String.getBytes writes it
                } else {
                    buf[p++] = (byte) (0xE0 | (c >> 12));
                    buf[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            out.setSize(p);
        }
        out.write('"');
    }

    private static int escape(byte[] buf, int p, char c) {
        buf[p++] = '\\';
        switch (c) {
            case '"' -> buf[p++] = '"';
            case '\\' -> buf[p++] = '\\';
            case '\n' -> buf[p++] = 'n';
            case '\r' -> buf[p++] = 'r';
            case '\t' -> buf[p++] = 't';
            case '\b' -> buf[p++] = 'b';
            case '\f' -> buf[p++] = 'f';
            default -> {
                buf[p++] = 'u';
                buf[p++] = '0';
                buf[p++] = '0';
                buf[p++] = HEX[c >> 4];
                buf[p++] = HEX[c & 15];
            }
        }
        return p;
    }

    static void number(GrowableBytes out, long n) {
        ascii(out, Long.toString(n));
    }

    /** Writes ASCII text (punctuation, field names) as it is. */
    static void ascii(GrowableBytes out, String s) {
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
    }
}
