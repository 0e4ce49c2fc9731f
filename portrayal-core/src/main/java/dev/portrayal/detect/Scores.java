package dev.portrayal.detect;

/** Probability helpers; scores are written with four decimals so attribute files stay small. */
public final class Scores {
    private Scores() {
    }

    public static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    /** Softmax, rounded, with the rounding error put on the largest entry so the sum stays 1. */
    public static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) max = Math.max(max, l);
        double sum = 0;
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        return roundedDistribution(p, sum);
    }

    public static double[] roundedDistribution(double[] weights, double sum) {
        double[] p = new double[weights.length];
        long total = 0;
        int best = 0;
        long[] units = new long[weights.length];
        for (int i = 0; i < p.length; i++) {
            units[i] = Math.round(weights[i] / sum * 1e4);
            total += units[i];
            if (weights[i] > weights[best]) best = i;
        }
        units[best] += 10000 - total;
        for (int i = 0; i < p.length; i++) p[i] = units[i] / 1e4;
        return p;
    }

    /** The label with the highest probability; the first in precedence order on a tie. */
    public static Label argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
        return Label.values()[best];
    }
}
