package dev.portrayal.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte scanning eight bytes at a time in a long ("SIMD within a register"). */
final class Swar {
    static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Swar() {
    }

    /** The eight bytes from {@code at}, the first in the lowest bits. */
    static long load(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /** A long with every byte equal to {@code c}. */
    static long broadcast(char c) {
        return (c & 0xFFL) * ONES;
    }

    /** High bit set in the bytes of x equal to the pattern's byte; exact for the lowest such byte (0 when none). */
    static long matches(long x, long pattern) {
        long y = x ^ pattern;
        return (y - ONES) & ~y & HIGHS;
    }

    /** The index, 0 to 7, of the lowest byte flagged in a non-zero {@link #matches} result. */
    static int firstFlagged(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }
}
