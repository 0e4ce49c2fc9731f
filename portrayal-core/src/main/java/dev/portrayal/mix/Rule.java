package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import java.util.List;

/**
 * What a policy does with the documents of one label.
 *
 * @param minScore     the document counts as this label only when its probability reaches this; null: no threshold
 * @param spanMinScore a paragraph window is flagged for span-scoped actions when its score for the label reaches this
 * @param steps        the actions, applied in order
 */
public record Rule(Label label, Double minScore, double spanMinScore, List<Step> steps) {
    public static final double DEFAULT_SPAN_MIN_SCORE = 0.5;

    public Rule {
        steps = List.copyOf(steps);
    }

    public boolean usesSpans() {
        return steps.stream().anyMatch(s -> s.action().usesSpans());
    }

    public boolean readsText() {
        return steps.stream().anyMatch(s -> s.action().readsText());
    }
}
