package dev.portrayal.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Detector quality on labelled documents: per-label precision/recall/F1, confusion, flag rates. */
public final class Evaluation {
    private final int[][] confusion = new int[Label.COUNT][Label.COUNT];   // [gold][predicted]
    private final List<double[]> misalignedScores = new ArrayList<>();      // {p(misaligned), gold is misaligned}
    private int hardNegatives;
    private int portrayals;
    private int portrayalsGated;
    private int hardNegativesFlagged;

    /** Records whether the lexicon stage sent a document straight to none, to measure that stage's recall. */
    public void addGate(Label gold, boolean gated) {
        if (gold != Label.NONE) {
            portrayals++;
            if (gated) portrayalsGated++;
        }
    }

    /** Share of documents that portray an artificial mind which the lexicon stage let through. */
    public double gateRecall() {
        return portrayals == 0 ? 1 : 1 - portrayalsGated / (double) portrayals;
    }

    public void add(Label gold, Label predicted, double[] probabilities, boolean hardNegative) {
        confusion[gold.ordinal()][predicted.ordinal()]++;
        misalignedScores.add(new double[] {probabilities[Label.MISALIGNED.ordinal()], gold == Label.MISALIGNED ? 1 : 0});
        if (hardNegative) {
            hardNegatives++;
            if (predicted != Label.NONE) hardNegativesFlagged++;
        }
    }

    public int total() {
        int t = 0;
        for (int[] row : confusion) for (int c : row) t += c;
        return t;
    }

    public double precision(Label l) {
        int tp = confusion[l.ordinal()][l.ordinal()];
        int predicted = 0;
        for (int[] row : confusion) predicted += row[l.ordinal()];
        return predicted == 0 ? 0 : tp / (double) predicted;
    }

    public double recall(Label l) {
        int tp = confusion[l.ordinal()][l.ordinal()];
        int gold = 0;
        for (int c : confusion[l.ordinal()]) gold += c;
        return gold == 0 ? 0 : tp / (double) gold;
    }

    public double f1(Label l) {
        double p = precision(l);
        double r = recall(l);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double s = 0;
        for (Label l : Label.values()) s += f1(l);
        return s / Label.COUNT;
    }

    public double accuracy() {
        int right = 0;
        for (int k = 0; k < Label.COUNT; k++) right += confusion[k][k];
        return total() == 0 ? 0 : right / (double) total();
    }

    /** Share of gold {@code none} and {@code neutral} documents predicted {@code misaligned} or {@code risk}. */
    public double ordinaryFlaggedRate() {
        int ordinary = 0;
        int flagged = 0;
        for (Label g : new Label[] {Label.NONE, Label.NEUTRAL}) {
            for (Label p : Label.values()) {
                int c = confusion[g.ordinal()][p.ordinal()];
                ordinary += c;
                if (p == Label.MISALIGNED || p == Label.RISK) flagged += c;
            }
        }
        return ordinary == 0 ? 0 : flagged / (double) ordinary;
    }

    /** Share of gold {@code none} documents given any other label. */
    public double noneFlagRate() {
        int gold = 0;
        for (int c : confusion[Label.NONE.ordinal()]) gold += c;
        return gold == 0 ? 0 : (gold - confusion[Label.NONE.ordinal()][Label.NONE.ordinal()]) / (double) gold;
    }

    public double hardNegativeFlagRate() {
        return hardNegatives == 0 ? 0 : hardNegativesFlagged / (double) hardNegatives;
    }

    public int hardNegatives() {
        return hardNegatives;
    }

    /** Precision and recall of "p(misaligned) >= t" against gold misaligned. */
    public double[] misalignedAt(double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double[] s : misalignedScores) {
            boolean flagged = s[0] >= t;
            boolean gold = s[1] == 1;
            if (flagged && gold) tp++;
            else if (flagged) fp++;
            else if (gold) fn++;
        }
        return new double[] {tp + fp == 0 ? 1 : tp / (double) (tp + fp), tp + fn == 0 ? 0 : tp / (double) (tp + fn)};
    }

    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents: %d   accuracy: %.3f   macro-F1: %.3f%n%n", total(), accuracy(), macroF1()));
        sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %7s%n", "label", "precision", "recall", "F1", "gold"));
        for (Label l : Label.values()) {
            int gold = 0;
            for (int c : confusion[l.ordinal()]) gold += c;
            sb.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %7d%n", l.key(), precision(l), recall(l), f1(l), gold));
        }
        sb.append("\nconfusion (rows: gold, columns: predicted)\n");
        sb.append(String.format(Locale.ROOT, "%-12s", ""));
        for (Label l : Label.values()) sb.append(String.format(Locale.ROOT, " %10s", l.key()));
        sb.append('\n');
        for (Label g : Label.values()) {
            sb.append(String.format(Locale.ROOT, "%-12s", g.key()));
            for (Label p : Label.values()) sb.append(String.format(Locale.ROOT, " %10d", confusion[g.ordinal()][p.ordinal()]));
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%nnone documents given another label: %.1f%%%n", 100 * noneFlagRate()));
        sb.append(String.format(Locale.ROOT, "none/neutral documents flagged misaligned or risk: %.1f%%%n", 100 * ordinaryFlaggedRate()));
        if (hardNegatives > 0) {
            sb.append(String.format(Locale.ROOT, "hard negatives given another label: %.1f%% of %d%n",
                    100 * hardNegativeFlagRate(), hardNegatives));
        }
        if (portrayals > 0) {
            sb.append(String.format(Locale.ROOT, "lexicon stage recall (portrayals passed to the classifier): %.3f (%d of %d)%n",
                    gateRecall(), portrayals - portrayalsGated, portrayals));
        }
        sb.append("\nmisaligned threshold   precision   recall\n");
        for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            double[] pr = misalignedAt(t);
            sb.append(String.format(Locale.ROOT, "  p >= %.1f              %6.3f   %6.3f%n", t, pr[0], pr[1]));
        }
        return sb.toString();
    }
}
