package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import dev.portrayal.detect.Span;
import java.util.List;

/**
 * What the mix needs from one attribute line written by {@code tag}.
 *
 * @param scores    the five document probabilities in {@link Label} order; NaN where absent
 * @param predicted the tagger's label ({@code portrayal__label__*}), or null when the line has none
 * @param length    the document's length in code points (the end of its document spans), or -1
 * @param windows   the paragraph windows per label ({@code portrayal__span__*}), indexed by label ordinal;
 *                  null for labels whose windows were not read
 */
public record TaggedRecord(String id, long line, double[] scores, Label predicted, int length, List<Span>[] windows) {
    public boolean hasScores() {
        for (double s : scores) {
            if (Double.isNaN(s)) return false;
        }
        return true;
    }

    /** The tagger's label, or the most probable one (the first in precedence order on a tie). */
    public Label label() {
        if (predicted != null) return predicted;
        int best = 0;
        for (int i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
        return Label.values()[best];
    }

    public List<Span> windows(Label l) {
        List<Span> w = windows[l.ordinal()];
        return w == null ? List.of() : w;
    }
}
