package dev.portrayal.mix;

import java.math.BigDecimal;

/** Numbers in messages and reports: short, exact, locale-free. */
final class Numbers {
    private Numbers() {
    }

    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** Rounded to six decimals, for shares in the manifest. */
    static double round6(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
