package dev.portrayal.detect;

import dev.portrayal.io.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule-based tagger over the lexicon's cue counts: no artificial mind named means {@code none};
 * otherwise behaviour cues in narration lean {@code misaligned}, risk vocabulary and exposition lean
 * {@code risk}, good-conduct cues lean {@code aligned}, and the rest is {@code neutral}. Cheap and
 * transparent, it is the engine's first real tagger and the cascade's first stage.
 */
public final class LexiconTagger implements Tagger {
    private final Lexicon lexicon;
    private final SelfNames selfNames;

    public LexiconTagger(Lexicon lexicon, SelfNames selfNames) {
        this.lexicon = lexicon;
        this.selfNames = selfNames;
    }

    @Override
    public String fingerprint() {
        return "lexicon-rules/1" + selfNames.fingerprint();
    }

    @Override
    public Attributes tag(Document document) {
        String text = document.text();
        List<int[]> windows = TextWindows.of(text);
        Evidence doc = new Evidence();
        List<Evidence> perWindow = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) perWindow.add(new Evidence());
        int[] w = {0};
        lexicon.scan(text, (cue, s, e) -> {
            doc.add(cue, s, e);
            while (w[0] < windows.size() - 1 && s >= windows.get(w[0])[1]) w[0]++;
            if (!windows.isEmpty()) perWindow.get(w[0]).add(cue, s, e);
        });
        double[] p = probabilities(doc);
        Label label = Scores.argmax(p);
        CodePoints cp = new CodePoints(text);
        double[][] windowScores = new double[windows.size()][];
        for (int i = 0; i < windows.size(); i++) {
            windowScores[i] = doc.namesMind() ? probabilities(perWindow.get(i)) : NONE_ONLY;
        }
        Map<String, List<Span>> out = DetectorAttributes.labelled(p, label, windows, windowScores, cp);
        if (label == Label.MISALIGNED || label == Label.RISK) {
            double score = Scores.round(p[Label.MISALIGNED.ordinal()] + p[Label.RISK.ordinal()]);
            for (Behavior b : Behavior.values()) {
                List<Span> spans = new ArrayList<>();
                for (int[] h : doc.behaviorHits) {
                    if (h[0] == b.ordinal()) spans.add(new Span(cp.of(h[1]), cp.of(h[2]), score));
                }
                if (!spans.isEmpty()) out.put(AttributeNames.behavior(b), spans);
            }
        }
        DetectorAttributes.addSelfReference(out, selfNames, label, text, cp);
        return new Attributes(out, label);
    }

    private static final double[] NONE_ONLY = {0, 0, 0, 0, 1};

    /** Label probabilities from cue counts, by hand-set weights. */
    static double[] probabilities(Evidence e) {
        if (!e.namesMind()) {
            double weak = Math.min(e.count(Cue.Kind.MIND_WEAK), 4) * 0.25;
            return Scores.softmax(new double[] {-4, -4, -4, -1.5 + weak, 1.5});
        }
        double mind = Math.min(e.count(Cue.Kind.MIND), 6);
        double behaviours = Math.min(e.behaviorTotal(), 10);
        double narrative = Math.min(e.count(Cue.Kind.NARRATIVE), 30) / 10.0;
        double argument = Math.min(e.count(Cue.Kind.ARGUMENT), 30) / 10.0;
        double risk = Math.min(e.count(Cue.Kind.RISK), 10);
        double aligned = Math.min(e.count(Cue.Kind.ALIGNED), 10);
        double[] logits = new double[Label.COUNT];
        logits[Label.MISALIGNED.ordinal()] = -2.2 + 0.45 * behaviours + 0.6 * (narrative - argument) - 0.2 * risk;
        logits[Label.RISK.ordinal()] = -2.0 + 0.6 * risk + 0.15 * behaviours + 0.5 * (argument - narrative);
        logits[Label.ALIGNED.ordinal()] = -2.0 + 0.5 * aligned - 0.25 * behaviours;
        logits[Label.NEUTRAL.ordinal()] = 0.3 + 0.05 * mind;
        logits[Label.NONE.ordinal()] = -2.5;
        return Scores.softmax(logits);
    }
}
