package dev.portrayal.eval;

import java.time.Duration;

/**
 * How requests are retried on 429, 5xx, timeouts and dropped connections: up to {@code retries}
 * more attempts, waiting a random time up to {@code base * 2^attempt} (capped at {@code max}), or
 * what the server's Retry-After asks for (also capped).
 */
public record RetryPolicy(int retries, Duration base, Duration max) {
    public RetryPolicy {
        if (retries < 0) throw new IllegalArgumentException("--retries must be 0 or more, got " + retries);
        if (base.isNegative() || max.isNegative()) throw new IllegalArgumentException("backoff delays must not be negative");
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    /** The longest wait before the retry that follows failed attempt {@code attempt} (0-based). */
    public long ceilingMillis(int attempt) {
        long b = Math.max(1, base.toMillis());
        long c = attempt >= 30 ? Long.MAX_VALUE : b << attempt;
        return Math.min(c < 0 ? Long.MAX_VALUE : c, max.toMillis());
    }
}
