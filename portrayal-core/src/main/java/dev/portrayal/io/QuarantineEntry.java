package dev.portrayal.io;

import java.nio.charset.StandardCharsets;

/**
 * A record that could not be read, kept with the reason instead of being lost.
 *
 * @param source the input path relative to its input root
 * @param line   0-based index of the record in its file
 * @param error  why it could not be read
 * @param raw    the start of the raw record, at most {@link #RAW_LIMIT} bytes, decoded leniently
 */
public record QuarantineEntry(String source, long line, String error, String raw) {
    public static final int RAW_LIMIT = 1024;

    public static String rawPrefix(byte[] bytes, int offset, int length) {
        int n = Math.min(length, RAW_LIMIT);
        return new String(bytes, offset, n, StandardCharsets.UTF_8);
    }
}
