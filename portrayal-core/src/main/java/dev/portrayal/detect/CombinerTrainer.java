package dev.portrayal.detect;

import dev.portrayal.corpus.LabelledDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Trains the {@link WindowCombiner} on out-of-fold predictions. The training documents are cut into
 * {@link #FOLDS} folds by family; for each fold, a linear model trained on the others scores the
 * fold's documents, and the combiner learns the true label from those scores. With an embedded
 * weight above 0, each document is also scored {@link #EMBEDDED_COPIES} times set inside unrelated
 * text (beside or between documents of the same fold labelled {@code none} or {@code neutral}, the
 * label then following precedence), so that a portrayal filling part of a long document decides its
 * label more often. The combiner's temperature is then fitted on the dev set with the full model.
 * Seeded: the same input gives the same weights.
 */
final class CombinerTrainer {
    /** Smaller training sets get no combiner: five folds of them would train poor linear models. */
    static final int MIN_DOCUMENTS = 200;
    static final int FOLDS = 5;
    static final int HIDDEN = 16;
    static final int EPOCHS = 40;
    static final int BATCH = 64;
    static final double LEARNING_RATE = 0.003;
    static final double WEIGHT_DECAY = 1e-3;
    static final int EMBEDDED_COPIES = 2;
    private static final int K = Label.COUNT;

    private final long seed;
    private final double embeddedWeight;
    private final Lexicon lexicon;

    /** @param embeddedWeight how much a document set inside unrelated text counts against a whole one; 0 leaves them out */
    CombinerTrainer(long seed, double embeddedWeight, Lexicon lexicon) {
        this.seed = seed;
        this.embeddedWeight = embeddedWeight;
        this.lexicon = lexicon;
    }

    /** One training example: the combiner's input, the label, and its weight before class weighting. */
    record Example(double[] features, int label, double weight) {
    }

    WindowCombiner train(List<LabelledDocument> train, List<LabelledDocument> dev, LinearModel full,
                         BiFunction<List<LabelledDocument>, List<LabelledDocument>, LinearModel> trainLinear) {
        List<List<Example>> perFold = IntStream.range(0, FOLDS).parallel()
                .mapToObj(f -> foldExamples(f, train, dev, trainLinear)).toList();
        List<Example> examples = new ArrayList<>();
        perFold.forEach(examples::addAll);
        WindowCombiner c = fit(examples);
        c.temperature = (float) temperature(c, full, dev);
        return c;
    }

    static int fold(LabelledDocument d, int index) {
        String key = !d.family().isEmpty() ? d.family() : !d.id().isEmpty() ? d.id() : Integer.toString(index);
        return Math.floorMod(key.hashCode(), FOLDS);
    }

    private List<Example> foldExamples(int f, List<LabelledDocument> train, List<LabelledDocument> dev,
                                       BiFunction<List<LabelledDocument>, List<LabelledDocument>, LinearModel> trainLinear) {
        List<LabelledDocument> in = new ArrayList<>();
        List<LabelledDocument> held = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) (fold(train.get(i), i) == f ? held : in).add(train.get(i));
        List<Example> out = new ArrayList<>();
        if (held.isEmpty() || in.isEmpty()) return out;
        ClassifierTagger tagger = new ClassifierTagger(trainLinear.apply(in, dev), lexicon, SelfNames.none());
        List<LabelledDocument> fillers = held.stream()
                .filter(d -> !d.mixed() && (d.label() == Label.NONE || d.label() == Label.NEUTRAL)).toList();
        Random random = new Random(seed + f);
        for (LabelledDocument d : held) {
            add(out, tagger, d.text(), d.label(), 1.0);
            for (int copy = 0; copy < EMBEDDED_COPIES && embeddedWeight > 0 && !fillers.isEmpty(); copy++) {
                LabelledDocument before = fillers.get(random.nextInt(fillers.size()));
                LabelledDocument after = fillers.get(random.nextInt(fillers.size()));
                int form = random.nextInt(3);   // 0: between two, 1: after one, 2: before one
                String text = (form != 2 ? before.text() + "\n\n" : "") + d.text() + (form != 1 ? "\n\n" + after.text() : "");
                Label label = d.label();
                if (form != 2) label = Label.precedence(label, before.label());
                if (form != 1) label = Label.precedence(label, after.label());
                add(out, tagger, text, label, embeddedWeight);
            }
        }
        return out;
    }

    private static void add(List<Example> out, ClassifierTagger tagger, String text, Label label, double weight) {
        ClassifierTagger.Scored s = tagger.score(text);
        if (s.gated()) return;   // the lexicon decides these; the combiner never sees them
        double[] x = WindowCombiner.features(s.linear(), s.windows(), s.windowStrongMinds(), s.windowWeakMinds());
        out.add(new Example(x, label.ordinal(), weight));
    }

    /** Mini-batch Adam on class-weighted softmax cross-entropy, with weight decay on the two weight matrices. */
    WindowCombiner fit(List<Example> examples) {
        int n = examples.size();
        int d = WindowCombiner.FEATURES;
        WindowCombiner c = new WindowCombiner(HIDDEN);
        standardise(examples, c);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] f = examples.get(i).features();
            for (int j = 0; j < d; j++) x[i][j] = (f[j] - c.mean[j]) * c.scale[j];
        }
        double[] weight = weights(examples);
        Random random = new Random(seed);
        double[][] params = {new double[d * HIDDEN], new double[HIDDEN], new double[HIDDEN * K], new double[K]};
        for (int i = 0; i < params[0].length; i++) params[0][i] = random.nextGaussian() / Math.sqrt(d);
        for (int i = 0; i < params[2].length; i++) params[2][i] = random.nextGaussian() / Math.sqrt(HIDDEN);
        double[][] grads = new double[4][];
        double[][] m = new double[4][];
        double[][] v = new double[4][];
        for (int p = 0; p < 4; p++) {
            grads[p] = new double[params[p].length];
            m[p] = new double[params[p].length];
            v[p] = new double[params[p].length];
        }
        int[] order = IntStream.range(0, n).toArray();
        double[] hidden = new double[HIDDEN];
        double[] probs = new double[K];
        double[] dHidden = new double[HIDDEN];
        long step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            for (int start = 0; start < n; start += BATCH) {
                int end = Math.min(n, start + BATCH);
                for (double[] g : grads) java.util.Arrays.fill(g, 0);
                for (int b = start; b < end; b++) {
                    int i = order[b];
                    forward(params, x[i], hidden, probs);
                    int y = examples.get(i).label();
                    double scale = weight[i] / (end - start);
                    java.util.Arrays.fill(dHidden, 0);
                    for (int k = 0; k < K; k++) {
                        double g = (probs[k] - (k == y ? 1 : 0)) * scale;
                        grads[3][k] += g;
                        for (int h = 0; h < HIDDEN; h++) {
                            grads[2][h * K + k] += hidden[h] * g;
                            dHidden[h] += params[2][h * K + k] * g;
                        }
                    }
                    for (int h = 0; h < HIDDEN; h++) {
                        if (hidden[h] <= 0) continue;
                        grads[1][h] += dHidden[h];
                        for (int j = 0; j < d; j++) grads[0][j * HIDDEN + h] += x[i][j] * dHidden[h];
                    }
                }
                for (int i = 0; i < params[0].length; i++) grads[0][i] += WEIGHT_DECAY * params[0][i];
                for (int i = 0; i < params[2].length; i++) grads[2][i] += WEIGHT_DECAY * params[2][i];
                adam(params, grads, m, v, ++step);
            }
        }
        copy(params[0], c.w1);
        copy(params[1], c.b1);
        copy(params[2], c.w2);
        copy(params[3], c.b2);
        return c;
    }

    private static void forward(double[][] params, double[] x, double[] hidden, double[] probs) {
        int d = x.length;
        for (int h = 0; h < HIDDEN; h++) {
            double a = params[1][h];
            for (int j = 0; j < d; j++) a += x[j] * params[0][j * HIDDEN + h];
            hidden[h] = Math.max(0, a);
        }
        double[] logits = new double[K];
        for (int k = 0; k < K; k++) {
            double s = params[3][k];
            for (int h = 0; h < HIDDEN; h++) s += hidden[h] * params[2][h * K + k];
            logits[k] = s;
        }
        Trainer.softmax(logits, probs);
    }

    private static void adam(double[][] params, double[][] grads, double[][] m, double[][] v, long t) {
        double correct1 = 1 - Math.pow(0.9, t);
        double correct2 = 1 - Math.pow(0.999, t);
        for (int p = 0; p < params.length; p++) {
            for (int i = 0; i < params[p].length; i++) {
                double g = grads[p][i];
                m[p][i] = 0.9 * m[p][i] + 0.1 * g;
                v[p][i] = 0.999 * v[p][i] + 0.001 * g * g;
                params[p][i] -= LEARNING_RATE * (m[p][i] / correct1) / (Math.sqrt(v[p][i] / correct2) + 1e-8);
            }
        }
    }

    private static void standardise(List<Example> examples, WindowCombiner c) {
        int d = WindowCombiner.FEATURES;
        double[] sum = new double[d];
        double[] squares = new double[d];
        for (Example e : examples) {
            for (int j = 0; j < d; j++) {
                sum[j] += e.features()[j];
                squares[j] += e.features()[j] * e.features()[j];
            }
        }
        int n = examples.size();
        for (int j = 0; j < d; j++) {
            double mean = sum[j] / n;
            double sd = Math.sqrt(Math.max(0, squares[j] / n - mean * mean));
            c.mean[j] = (float) mean;
            c.scale[j] = (float) (1 / (sd + 1e-6));
        }
    }

    /** Class weights (rare labels count as much as common ones) times each example's own weight, with mean 1. */
    private static double[] weights(List<Example> examples) {
        double[] counts = new double[K];
        for (Example e : examples) counts[e.label()]++;
        double[] w = new double[examples.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            Example e = examples.get(i);
            w[i] = examples.size() / (K * counts[e.label()]) * e.weight();
            total += w[i];
        }
        for (int i = 0; i < w.length; i++) w[i] *= w.length / total;
        return w;
    }

    private double temperature(WindowCombiner c, LinearModel full, List<LabelledDocument> dev) {
        ClassifierTagger tagger = new ClassifierTagger(full, lexicon, SelfNames.none());
        List<double[]> logits = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        double[] hidden = new double[c.hidden];
        for (LabelledDocument d : dev) {
            ClassifierTagger.Scored s = tagger.score(d.text());
            if (s.gated()) continue;
            double[] l = new double[K];
            c.logits(WindowCombiner.features(s.linear(), s.windows(), s.windowStrongMinds(), s.windowWeakMinds()), hidden, l);
            logits.add(l);
            labels.add(d.label().ordinal());
        }
        return Trainer.temperature(logits, labels);
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void copy(double[] from, float[] to) {
        for (int i = 0; i < from.length; i++) to[i] = (float) from[i];
    }
}
