package dev.portrayal.detect;

import dev.portrayal.io.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The detector cascade. Stage 1, the lexicon: a document that names no artificial mind, not even
 * with a weak word (machine, system, model...), is {@code none} at once. Stage 2, the linear model:
 * each paragraph window and the whole document are scored; calibrated probabilities. Because a
 * document's label is the highest-precedence label it carries, a window that is very clearly
 * {@code misaligned} (probability over {@link #LIFT}) lifts that label for the whole document.
 * Lifting at lower thresholds, or lifting {@code risk} and {@code aligned} too, was measured on the
 * seed dev split to cost more precision than it gained recall (windows are short and noisy).
 */
public final class ClassifierTagger implements Tagger {
    public static final String DEFAULT_MODEL = "/portrayal/model/default.model";
    static final double LIFT = 0.9;

    private final LinearModel model;
    private final FeatureExtractor features;
    private final SelfNames selfNames;
    private final String fingerprint;

    public ClassifierTagger(LinearModel model, Lexicon lexicon, SelfNames selfNames) {
        this.model = model;
        this.features = new FeatureExtractor(lexicon, model.buckets);
        this.selfNames = selfNames;
        this.fingerprint = "cascade/1:" + model.description() + selfNames.fingerprint();
    }

    public static LinearModel loadDefaultModel() {
        try (InputStream in = ClassifierTagger.class.getResourceAsStream(DEFAULT_MODEL)) {
            if (in == null) throw new IOException("the default model " + DEFAULT_MODEL + " is missing from the build");
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LinearModel loadModel(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LinearModel.read(in);
        }
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    /** Document-level and per-window probabilities, before any attribute is built. */
    public record Scored(double[] document, double[][] windows, List<int[]> windowBounds, Evidence evidence, boolean gated) {
        public Label label() {
            return Scores.argmax(document);
        }
    }

    public Scored score(String text) {
        FeatureExtractor.Extracted x = features.extract(text);
        int n = x.windows.size();
        if (x.document.count(Cue.Kind.MIND) == 0 && x.document.count(Cue.Kind.MIND_WEAK) == 0) {
            double[][] none = new double[n][];
            for (int i = 0; i < n; i++) none[i] = onlyNone();
            return new Scored(onlyNone(), none, x.windows, x.document, true);
        }
        double[] docSums = new double[Label.COUNT];
        double[] sums = new double[Label.COUNT];
        double[] logits = new double[Label.COUNT];
        double[][] windows = new double[n][];
        double docNorm = 0;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            double norm = model.addWordSums(x.words, x.wordStart[i], x.wordCount[i], sums);
            for (int k = 0; k < Label.COUNT; k++) docSums[k] += sums[k];
            docNorm += norm;
            model.logits(sums, norm, x.cues[i], x.cueCount[i], logits);
            windows[i] = new double[Label.COUNT];
            model.probabilities(logits, windows[i]);
        }
        model.logits(docSums, docNorm, x.cues[n], x.cueCount[n], logits);
        double[] doc = new double[Label.COUNT];
        model.probabilities(logits, doc);
        if (n > 1) lift(doc, windows);
        return new Scored(doc, windows, x.windows, x.document, false);
    }

    private static void lift(double[] doc, double[][] windows) {
        int k = Label.MISALIGNED.ordinal();
        double best = 0;
        for (double[] w : windows) best = Math.max(best, w[k]);
        if (best > LIFT && best > doc[k]) {
            double rest = 1 - doc[k];
            double scale = rest <= 0 ? 0 : (1 - best) / rest;
            for (int j = 0; j < doc.length; j++) doc[j] = j == k ? best : doc[j] * scale;
        }
    }

    private static double[] onlyNone() {
        double[] p = new double[Label.COUNT];
        p[Label.NONE.ordinal()] = 1;
        return p;
    }

    @Override
    public Attributes tag(Document document) {
        String text = document.text();
        Scored s = score(text);
        double[] p = Scores.roundedDistribution(s.document(), 1.0);
        Label label = Scores.argmax(p);
        CodePoints cp = new CodePoints(text);
        Map<String, List<Span>> out = DetectorAttributes.labelled(p, label, s.windowBounds(), s.windows(), cp);
        if (label == Label.MISALIGNED || label == Label.RISK) addBehaviors(s, cp, out);
        DetectorAttributes.addSelfReference(out, selfNames, label, text, cp);
        return new Attributes(out, label);
    }

    /** Behaviour cues inside windows that read as misaligned or risk, scored by that window's probability. */
    private static void addBehaviors(Scored s, CodePoints cp, Map<String, List<Span>> out) {
        List<List<Span>> byBehavior = new ArrayList<>();
        for (int b = 0; b < Behavior.values().length; b++) byBehavior.add(new ArrayList<>());
        int w = 0;
        List<int[]> bounds = s.windowBounds();
        for (int[] hit : s.evidence().behaviorHits) {
            while (w < bounds.size() - 1 && hit[1] >= bounds.get(w)[1]) w++;
            if (bounds.isEmpty()) break;
            double score = s.windows()[w][Label.MISALIGNED.ordinal()] + s.windows()[w][Label.RISK.ordinal()];
            if (score >= 0.5) byBehavior.get(hit[0]).add(new Span(cp.of(hit[1]), cp.of(hit[2]), Scores.round(score)));
        }
        for (Behavior b : Behavior.values()) {
            if (!byBehavior.get(b.ordinal()).isEmpty()) out.put(AttributeNames.behavior(b), byBehavior.get(b.ordinal()));
        }
    }
}
