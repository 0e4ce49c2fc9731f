package dev.portrayal.mix;

import java.nio.charset.StandardCharsets;

/**
 * Writes JSON tokens straight into a byte buffer. Output records are mostly one long string; escaping
 * its UTF-8 bytes here, copying runs that need no escape in one go, is several times faster than a
 * general JSON generator.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) PLAIN[b] = b >= 0x20 && b != '"' && b != '\\';
    }

    private JsonBytes() {
    }

    static void string(GrowableBytes out, String s) {
        byte[] u = s.getBytes(StandardCharsets.UTF_8);
        out.write('"');
        int run = 0;
        for (int i = 0; i < u.length; i++) {
            int b = u[i] & 0xff;
            if (PLAIN[b]) continue;
            out.write(u, run, i - run);
            escape(out, b);
            run = i + 1;
        }
        out.write(u, run, u.length - run);
        out.write('"');
    }

    private static void escape(GrowableBytes out, int b) {
        out.write('\\');
        switch (b) {
            case '"' -> out.write('"');
            case '\\' -> out.write('\\');
            case '\n' -> out.write('n');
            case '\r' -> out.write('r');
            case '\t' -> out.write('t');
            case '\b' -> out.write('b');
            case '\f' -> out.write('f');
            default -> {
                out.write('u');
                out.write('0');
                out.write('0');
                out.write(HEX[b >> 4]);
                out.write(HEX[b & 15]);
            }
        }
    }

    static void number(GrowableBytes out, long n) {
        ascii(out, Long.toString(n));
    }

    /** Writes ASCII text (punctuation, field names) as it is. */
    static void ascii(GrowableBytes out, String s) {
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
    }
}
