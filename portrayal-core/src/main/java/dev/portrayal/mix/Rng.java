package dev.portrayal.mix;

/**
 * The random choices of a mix. Each action of each document gets its own stream, derived from
 * (seed, document id, action index) only, so a decision never depends on thread timing, on the
 * order documents are read in, or on the other documents. SplitMix64, written out so that the
 * numbers stay the same on every JVM.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /** A key for one document under one seed; combine it with an action index in {@link #of(long, int)}. */
    public static long documentKey(long seed, String id) {
        long h = 0xCBF29CE484222325L;              // FNV-1a over the UTF-16 code units of the id
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(mix(seed) ^ mix(h + id.length()));
    }

    public static Rng of(long documentKey, int actionIndex) {
        return new Rng(mix(documentKey + GOLDEN * (actionIndex + 1L)));
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** True with probability p. */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
