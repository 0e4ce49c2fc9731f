package dev.portrayal.detect;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The document's decision from the linear model's whole-document probabilities and its paragraph
 * windows' probabilities: a small network (one hidden layer) over a few summaries of them. A whole
 * document read as one bag of words dilutes a portrayal that fills one part of it (a robot chapter
 * in a novel, an AI story on a page of unrelated news); the windows keep it visible, and the
 * combiner learns when to trust them. It is trained by {@link CombinerTrainer} on out-of-fold
 * predictions, so it sees probabilities as noisy as those of unseen text.
 */
public final class WindowCombiner {
    static final int K = Label.COUNT;
    /**
     * Log document probabilities; log maximum, log mean and argmax share over windows; log window count;
     * log maximum over windows that name a mind (strongly or weakly); share of windows naming one, and
     * naming one strongly.
     */
    static final int FEATURES = 6 * K + 3;
    private static final double EPS = 1e-4;

    final int hidden;
    final float[] mean = new float[FEATURES];
    final float[] scale = new float[FEATURES];
    final float[] w1;   // FEATURES x hidden
    final float[] b1;
    final float[] w2;   // hidden x K
    final float[] b2 = new float[K];
    float temperature = 1f;

    WindowCombiner(int hidden) {
        this.hidden = hidden;
        this.w1 = new float[FEATURES * hidden];
        this.b1 = new float[hidden];
        this.w2 = new float[hidden * K];
    }

    public double temperature() {
        return temperature;
    }

    /**
     * The combiner's input: a summary of the document's probabilities {@code doc} and its windows'
     * ({@code windows}, with the strong and weak mind cues each window holds).
     */
    static double[] features(double[] doc, double[][] windows, int[] strongMinds, int[] weakMinds) {
        double[] f = new double[FEATURES];
        int n = windows.length;
        double[] max = new double[K];
        double[] mindMax = new double[K];
        double[] sum = new double[K];
        double[] argmaxShare = new double[K];
        int withMind = 0;
        int withStrongMind = 0;
        for (int i = 0; i < n; i++) {
            double[] w = windows[i];
            boolean mind = strongMinds[i] + weakMinds[i] > 0;
            if (mind) withMind++;
            if (strongMinds[i] > 0) withStrongMind++;
            for (int k = 0; k < K; k++) {
                max[k] = Math.max(max[k], w[k]);
                sum[k] += w[k];
                if (mind) mindMax[k] = Math.max(mindMax[k], w[k]);
            }
            argmaxShare[Scores.argmax(w).ordinal()] += 1.0 / n;
        }
        for (int k = 0; k < K; k++) {
            f[k] = Math.log(doc[k] + EPS);
            f[K + k] = Math.log((n == 0 ? doc[k] : max[k]) + EPS);
            f[2 * K + k] = Math.log((n == 0 ? doc[k] : sum[k] / n) + EPS);
            f[3 * K + k] = argmaxShare[k];
            f[4 * K + k] = Math.log((withMind == 0 ? doc[k] : mindMax[k]) + EPS);
        }
        f[5 * K] = Math.log(Math.max(1, n));
        f[5 * K + 1] = n == 0 ? 0 : (double) withMind / n;
        f[5 * K + 2] = n == 0 ? 0 : (double) withStrongMind / n;
        return f;
    }

    /** Logits before temperature; {@code hiddenOut} receives the hidden activations. */
    void logits(double[] features, double[] hiddenOut, double[] logits) {
        for (int h = 0; h < hidden; h++) {
            double a = b1[h];
            for (int j = 0; j < FEATURES; j++) a += (features[j] - mean[j]) * scale[j] * w1[j * hidden + h];
            hiddenOut[h] = Math.max(0, a);
        }
        for (int k = 0; k < K; k++) {
            double s = b2[k];
            for (int h = 0; h < hidden; h++) s += hiddenOut[h] * w2[h * K + k];
            logits[k] = s;
        }
    }

    /** Calibrated document probabilities. */
    double[] combine(double[] doc, double[][] windows, int[] strongMinds, int[] weakMinds) {
        double[] logits = new double[K];
        logits(features(doc, windows, strongMinds, weakMinds), new double[hidden], logits);
        for (int k = 0; k < K; k++) logits[k] /= temperature;
        double[] p = new double[K];
        Trainer.softmax(logits, p);
        return p;
    }

    void write(DataOutputStream d) throws IOException {
        d.writeInt(hidden);
        d.writeFloat(temperature);
        for (float[] a : new float[][] {mean, scale, w1, b1, w2, b2}) {
            for (float x : a) d.writeFloat(x);
        }
    }

    static WindowCombiner read(DataInputStream d) throws IOException {
        int hidden = d.readInt();
        if (hidden < 1 || hidden > 1024) throw new IOException("the model's window combiner is damaged (hidden size " + hidden + ")");
        WindowCombiner c = new WindowCombiner(hidden);
        c.temperature = d.readFloat();
        for (float[] a : new float[][] {c.mean, c.scale, c.w1, c.b1, c.w2, c.b2}) {
            for (int i = 0; i < a.length; i++) a[i] = d.readFloat();
        }
        return c;
    }
}
