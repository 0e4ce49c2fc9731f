package dev.portrayal.io;

/** Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF). */
public final class Utf8 {
    private Utf8() {
    }

    /** The offset (relative to {@code from}) of the first invalid byte, or -1 when all is valid. */
    public static int firstInvalid(byte[] b, int from, int length) {
        int i = from;
        int end = from + length;
        while (i < end) {
            // ASCII fast path, 8 bytes at a time
            while (i + 8 <= end && (Swar.load(b, i) & Swar.HIGHS) == 0) {
                i += 8;
            }
            if (i >= end) break;
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
            } else if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= end || !cont(b[i + 1])) return i - from;
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                if (i + 2 >= end || !cont(b[i + 1]) || !cont(b[i + 2])) return i - from;
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xE0 && c1 < 0xA0) return i - from;   // overlong
                if (c == 0xED && c1 > 0x9F) return i - from;   // surrogate
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                if (i + 3 >= end || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) return i - from;
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xF0 && c1 < 0x90) return i - from;   // overlong
                if (c == 0xF4 && c1 > 0x8F) return i - from;   // above U+10FFFF
                i += 4;
            } else {
                return i - from;
            }
        }
        return -1;
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    public static int firstLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
