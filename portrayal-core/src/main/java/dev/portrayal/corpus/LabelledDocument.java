package dev.portrayal.corpus;

import dev.portrayal.detect.Behavior;
import dev.portrayal.detect.Label;
import java.util.List;

/**
 * A labelled document: a seed-corpus record, a user's own label, or a reviewed label. Only
 * {@code text} and {@code label} are required; the rest is empty when a source does not give it.
 *
 * @param paragraphLabels one label per blank-line-separated paragraph, for mixed documents; else empty
 * @param split           train, dev or test; empty when not assigned
 */
public record LabelledDocument(String id, String text, Label label, List<Behavior> behaviors, String genre, String era,
                               String family, boolean hardNegative, List<Label> paragraphLabels, String rationale,
                               List<String> models, String split) {
    public LabelledDocument {
        behaviors = List.copyOf(behaviors);
        paragraphLabels = List.copyOf(paragraphLabels);
        models = List.copyOf(models);
    }

    public int words() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    public boolean mixed() {
        return !paragraphLabels.isEmpty();
    }
}
