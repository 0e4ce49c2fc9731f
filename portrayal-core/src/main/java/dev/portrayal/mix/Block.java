package dev.portrayal.mix;

/**
 * One zstd frame of a unit's output part: where it lies in the part file, and what it holds.
 *
 * @param offset  where the frame starts in the part file
 * @param length  the frame's compressed length
 * @param bytes   the uncompressed JSON Lines bytes it holds
 * @param records the records it holds
 */
public record Block(long offset, long length, long bytes, long records) {
}
