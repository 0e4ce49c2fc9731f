package dev.portrayal.io;

/**
 * A part of a file: the records whose first byte lies in {@code [start, end)}.
 *
 * @param firstIndex the index in the file of the first record of this range
 */
public record ByteRange(long start, long end, long firstIndex) {
    public static ByteRange whole() {
        return new ByteRange(0, Long.MAX_VALUE, 0);
    }

    public boolean isWhole() {
        return start == 0 && end == Long.MAX_VALUE;
    }
}
