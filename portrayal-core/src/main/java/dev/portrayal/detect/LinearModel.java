package dev.portrayal.detect;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A softmax-linear classifier over hashed features (fastText-style, without the hidden layer):
 * {@code logits = bias + sum(word weights) / sqrt(#words) + sum(cue weights)}, divided by a
 * temperature fitted on held-out data so the probabilities are calibrated. Immutable once built.
 */
public final class LinearModel {
    static final int MAGIC = 0x50525431;   // "PRT1"
    static final int FORMAT = 4;   // 2: words said of a mind are features; 3: words of mindless documents too; 4: bigrams
    static final int K = Label.COUNT;

    /** The value of a cue feature, against word features whose vector has unit length. */
    static final float CUE_VALUE = 0.05f;
    final int buckets;
    final float[] weights;   // bucket * K + label
    final float[] bias;
    final float[] idf;       // bucket -> inverse document frequency of the word features hashed there
    float temperature = 1f;
    final String description;

    LinearModel(int buckets, String description) {
        this.buckets = buckets;
        this.weights = new float[buckets * K];
        this.bias = new float[K];
        this.idf = new float[buckets];
        java.util.Arrays.fill(idf, 1f);
        this.description = description;
    }

    public int buckets() {
        return buckets;
    }

    public String description() {
        return description;
    }

    public double temperature() {
        return temperature;
    }

    /**
     * Adds the idf-weighted word sums of features into {@code sums}; returns the sum of squared idf
     * weights, whose square root normalises the document vector.
     */
    double addWordSums(int[] features, int from, int count, double[] sums) {
        float[] w = weights;
        double norm = 0;
        for (int i = from; i < from + count; i++) {
            int f = features[i];
            double x = idf[f];
            norm += x * x;
            int base = f * K;
            sums[0] += x * w[base];
            sums[1] += x * w[base + 1];
            sums[2] += x * w[base + 2];
            sums[3] += x * w[base + 3];
            sums[4] += x * w[base + 4];
        }
        return norm;
    }

    /** Fills {@code logits} (before temperature) from word sums with squared norm {@code norm}, and cue features. */
    void logits(double[] wordSums, double norm, int[] cues, int cueCount, double[] logits) {
        double scale = norm > 0 ? 1.0 / Math.sqrt(norm) : 0;
        for (int k = 0; k < K; k++) logits[k] = bias[k] + wordSums[k] * scale;
        for (int i = 0; i < cueCount; i++) {
            int base = cues[i] * K;
            for (int k = 0; k < K; k++) logits[k] += CUE_VALUE * weights[base + k];
        }
    }

    /** Calibrated probabilities from logits, in place. */
    void probabilities(double[] logits, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < K; k++) max = Math.max(max, logits[k] / temperature);
        double sum = 0;
        for (int k = 0; k < K; k++) {
            out[k] = Math.exp(logits[k] / temperature - max);
            sum += out[k];
        }
        for (int k = 0; k < K; k++) out[k] /= sum;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(gzip, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        d.writeUTF(description);
        d.writeInt(buckets);
        d.writeInt(K);
        d.writeFloat(temperature);
        for (float b : bias) d.writeFloat(b);
        for (float w : weights) d.writeShort(Half.fromFloat(w));
        for (float x : idf) d.writeShort(Half.fromFloat(x));
        d.flush();
        gzip.finish();
    }

    public static LinearModel read(InputStream in) throws IOException {
        try {
            return readModel(in);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a Portrayal model file (not gzip-compressed)", e);
        } catch (java.io.EOFException e) {
            throw new IOException("not a Portrayal model file, or a truncated one (it ends too early)", e);
        }
    }

    private static LinearModel readModel(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC) throw new IOException("not a Portrayal model file (bad magic number)");
        int format = d.readInt();
        if (format != FORMAT) throw new IOException("model format " + format + " is not supported (expected " + FORMAT
                + "); train the model again with this version's 'portrayal train'");
        String description = d.readUTF();
        int buckets = d.readInt();
        if (d.readInt() != K) throw new IOException("the model has a different number of labels");
        LinearModel m = new LinearModel(buckets, description);
        m.temperature = d.readFloat();
        for (int k = 0; k < K; k++) m.bias[k] = d.readFloat();
        for (int i = 0; i < m.weights.length; i++) m.weights[i] = Half.toFloat(d.readShort());
        for (int i = 0; i < buckets; i++) m.idf[i] = Half.toFloat(d.readShort());
        return m;
    }

    /** IEEE half precision, for a small model file; values below 2^-14 are stored as zero. */
    static final class Half {
        private Half() {
        }

        static short fromFloat(float f) {
            int bits = Float.floatToIntBits(f);
            int sign = (bits >>> 16) & 0x8000;
            int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
            int mantissa = bits & 0x7fffff;
            if (exponent <= 0) return (short) sign;
            int m = (mantissa + 0x1000) >>> 13;
            if (m == 0x400) {
                m = 0;
                exponent++;
            }
            if (exponent >= 31) return (short) (sign | 0x7bff);
            return (short) (sign | exponent << 10 | m);
        }

        static float toFloat(short h) {
            int sign = (h & 0x8000) << 16;
            int exponent = (h >>> 10) & 0x1f;
            int mantissa = h & 0x3ff;
            if (exponent == 0) return Float.intBitsToFloat(sign);
            return Float.intBitsToFloat(sign | (exponent - 15 + 127) << 23 | mantissa << 13);
        }
    }
}
