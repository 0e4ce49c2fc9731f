package dev.portrayal.detect;

import dev.portrayal.corpus.LabelledDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the linear model by stochastic gradient descent on softmax cross-entropy, with class
 * weights so that rare labels count as much as common ones, then fits the temperature on the dev
 * set. Single-threaded and seeded: the same data and options give the same model bytes.
 */
public final class Trainer {
    /** Training settings. */
    /** @param average return the average of the weights over all steps (averaged SGD), which generalises better */
    public record Options(int buckets, int epochs, double learningRate, long seed, boolean average) {
        public static Options defaults() {
            return new Options(1 << 16, 20, 1.0, 20261122L, false);
        }

        public Options(int buckets, int epochs, double learningRate, long seed) {
            this(buckets, epochs, learningRate, seed, defaults().average());
        }
    }

    /** One training example: hashed word features, cue features, label, weight. */
    record Example(int[] words, int wordCount, int[] cues, int cueCount, int label) {
    }

    private final Options options;
    private final FeatureExtractor features;

    public Trainer(Options options, Lexicon lexicon) {
        this.options = options;
        this.features = new FeatureExtractor(lexicon, options.buckets());
    }

    public LinearModel train(List<LabelledDocument> train, List<LabelledDocument> dev) {
        List<Example> examples = new ArrayList<>();
        for (LabelledDocument d : train) {
            examples.add(example(d.text(), d.label()));
            if (d.mixed()) {
                String[] paragraphs = d.text().split("\n\n");
                for (int i = 0; i < paragraphs.length && i < d.paragraphLabels().size(); i++) {
                    if (!paragraphs[i].isBlank()) examples.add(example(paragraphs[i], d.paragraphLabels().get(i)));
                }
            }
        }
        double[] classWeight = classWeights(examples);
        float[] idf = inverseDocumentFrequencies(examples);
        String description = String.format(java.util.Locale.ROOT, "linear-hashed/buckets=%d/epochs=%d/lr=%s/seed=%d/%s/examples=%d",
                options.buckets(), options.epochs(), options.learningRate(), options.seed(),
                options.average() ? "averaged" : "last", examples.size());
        LinearModel model = new LinearModel(options.buckets(), description);
        System.arraycopy(idf, 0, model.idf, 0, idf.length);
        sgd(model, examples, classWeight);
        model.temperature = (float) fitTemperature(model, dev);
        return model;
    }

    private Example example(String text, Label label) {
        FeatureExtractor.Extracted x = features.extract(text);
        int total = 0;
        for (int c : x.wordCount) total += c;
        int[] words = new int[total];
        int at = 0;
        for (int i = 0; i < x.windows.size(); i++) {
            System.arraycopy(x.words, x.wordStart[i], words, at, x.wordCount[i]);
            at += x.wordCount[i];
        }
        int n = x.windows.size();
        return new Example(words, total, x.cues[n], x.cueCount[n], label.ordinal());
    }

    private float[] inverseDocumentFrequencies(List<Example> examples) {
        int[] df = new int[options.buckets()];
        int[] stamp = new int[options.buckets()];
        int doc = 0;
        for (Example e : examples) {
            doc++;
            for (int i = 0; i < e.wordCount(); i++) {
                int f = e.words()[i];
                if (stamp[f] != doc) {
                    stamp[f] = doc;
                    df[f]++;
                }
            }
        }
        float[] idf = new float[options.buckets()];
        for (int f = 0; f < idf.length; f++) idf[f] = (float) Math.log((1.0 + examples.size()) / (1.0 + df[f])) + 1f;
        return idf;
    }

    private static double[] classWeights(List<Example> examples) {
        double[] counts = new double[Label.COUNT];
        for (Example e : examples) counts[e.label()]++;
        double[] w = new double[Label.COUNT];
        for (int k = 0; k < w.length; k++) w[k] = counts[k] == 0 ? 0 : examples.size() / (Label.COUNT * counts[k]);
        return w;
    }

    private void sgd(LinearModel m, List<Example> examples, double[] classWeight) {
        Random random = new Random(options.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        long steps = (long) options.epochs() * order.length;
        long step = 0;
        double[] sums = new double[Label.COUNT];
        double[] logits = new double[Label.COUNT];
        double[] p = new double[Label.COUNT];
        int K = Label.COUNT;
        // averaged SGD: with d_s the update of (1-based) step s, the mean of the weights after each of T
        // steps is w_T - sum_s (s - 1) d_s / T, so sum[i] accumulates (s - 1) d_s
        double[] sum = options.average() ? new double[m.weights.length] : null;
        double[] sumBias = new double[K];
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int idx : order) {
                Example e = examples.get(idx);
                double lr = options.learningRate() * (1.0 - (double) step++ / steps);
                java.util.Arrays.fill(sums, 0);
                double norm = m.addWordSums(e.words(), 0, e.wordCount(), sums);
                m.logits(sums, norm, e.cues(), e.cueCount(), logits);
                softmax(logits, p);
                double scale = norm > 0 ? 1.0 / Math.sqrt(norm) : 0;
                double weight = classWeight[e.label()];
                for (int k = 0; k < K; k++) {
                    double g = lr * weight * (p[k] - (k == e.label() ? 1 : 0));
                    if (g == 0) continue;
                    m.bias[k] -= (float) g;
                    sumBias[k] -= g * (step - 1);
                    float gw = (float) (g * scale);
                    for (int f = 0; f < e.wordCount(); f++) {
                        int feature = e.words()[f];
                        float d = gw * m.idf[feature];
                        m.weights[feature * K + k] -= d;
                        if (sum != null) sum[feature * K + k] -= (double) d * (step - 1);
                    }
                    for (int f = 0; f < e.cueCount(); f++) {
                        float d = (float) g * LinearModel.CUE_VALUE;
                        m.weights[e.cues()[f] * K + k] -= d;
                        if (sum != null) sum[e.cues()[f] * K + k] -= (double) d * (step - 1);
                    }
                }
            }
        }
        if (sum != null) {
            for (int i = 0; i < sum.length; i++) m.weights[i] -= (float) (sum[i] / step);
            for (int k = 0; k < K; k++) m.bias[k] -= (float) (sumBias[k] / step);
        }
    }

    static void softmax(double[] logits, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) max = Math.max(max, l);
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            out[k] = Math.exp(logits[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < logits.length; k++) out[k] /= sum;
    }

    /** The temperature minimising the negative log-likelihood of the dev labels. */
    private double fitTemperature(LinearModel m, List<LabelledDocument> dev) {
        if (dev.isEmpty()) return 1.0;
        List<double[]> logitsList = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        double[] sums = new double[Label.COUNT];
        for (LabelledDocument d : dev) {
            Example e = example(d.text(), d.label());
            java.util.Arrays.fill(sums, 0);
            double norm = m.addWordSums(e.words(), 0, e.wordCount(), sums);
            double[] logits = new double[Label.COUNT];
            m.logits(sums, norm, e.cues(), e.cueCount(), logits);
            logitsList.add(logits);
            labels.add(e.label());
        }
        double bestT = 1;
        double bestLoss = Double.MAX_VALUE;
        double[] scaled = new double[Label.COUNT];
        double[] p = new double[Label.COUNT];
        for (double t = 0.2; t <= 8; t *= 1.05) {
            double loss = 0;
            for (int i = 0; i < logitsList.size(); i++) {
                for (int k = 0; k < Label.COUNT; k++) scaled[k] = logitsList.get(i)[k] / t;
                softmax(scaled, p);
                loss -= Math.log(Math.max(1e-12, p[labels.get(i)]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = t;
            }
        }
        return bestT;
    }
}
