package dev.portrayal.eval;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals over items: for a mean, and for the mean of paired
 * differences. Deterministic: the resampling derives from a seed and a name for what is resampled.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** An estimate with its confidence interval; all NaN when there was nothing to estimate from. */
    public record Interval(double estimate, double low, double high) {
        static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN);
    }

    /** Settings shared by every interval of a run. */
    public record Settings(int resamples, long seed, double confidence) {
        public Settings {
            if (resamples < 1) throw new IllegalArgumentException("--bootstrap must be at least 1, got " + resamples);
            if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }

    public static Interval mean(double[] values, Settings s, String name) {
        if (values.length == 0) return Interval.NONE;
        SplittableRandom random = new SplittableRandom(derive(s.seed(), name));
        double[] means = new double[s.resamples()];
        int n = values.length;
        for (int r = 0; r < means.length; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += values[random.nextInt(n)];
            means[r] = sum / n;
        }
        return new Interval(average(values), quantile(means, (1 - s.confidence()) / 2),
                quantile(means, 1 - (1 - s.confidence()) / 2));
    }

    /** The mean of {@code b[i] - a[i]}, resampling the pairs together. */
    public static Interval pairedDifference(double[] a, double[] b, Settings s, String name) {
        if (a.length != b.length) throw new IllegalArgumentException("paired samples differ in size: " + a.length + " and " + b.length);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) d[i] = b[i] - a[i];
        return mean(d, s, name);
    }

    /** Share of bootstrap means of {@code b - a} on the other side of zero from the estimate, doubled. */
    public static double twoSidedP(double[] a, double[] b, Settings s, String name) {
        if (a.length == 0) return Double.NaN;
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) d[i] = b[i] - a[i];
        SplittableRandom random = new SplittableRandom(derive(s.seed(), name));
        int n = d.length;
        int below = 0;
        int above = 0;
        for (int r = 0; r < s.resamples(); r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += d[random.nextInt(n)];
            if (sum <= 0) below++;
            if (sum >= 0) above++;
        }
        return Math.min(1.0, 2.0 * Math.min(below, above) / s.resamples());
    }

    static double average(double[] v) {
        double sum = 0;
        for (double x : v) sum += x;
        return v.length == 0 ? Double.NaN : sum / v.length;
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /** A seed for one named stream of random choices. */
    static long derive(long seed, String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        long z = seed ^ h;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
