package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import java.util.List;
import java.util.function.Supplier;

/**
 * Applies a policy to one document: decides its label, flags its spans, and runs its label's actions
 * in order. A pure function of (policy, seed, document, attributes); immutable and thread-safe.
 */
public final class Mixer {
    private final Policy policy;
    private final long seed;

    /** What the policy made of a document, and why, in words, for the audit. */
    public record Outcome(Label label, Treatment treatment, String reason) {
    }

    public Mixer(Policy policy, long seed) {
        this.policy = policy;
        this.seed = seed;
    }

    public Outcome treat(String id, String text, TaggedRecord attributes) {
        return treat(id, () -> text, attributes, true);
    }

    /**
     * As {@link #treat(String, String, TaggedRecord)}, but asks for the text only when the label's actions
     * read it; when they do not, the treatment's text is null, meaning unchanged.
     */
    public Outcome treatLazily(String id, Supplier<String> text, TaggedRecord attributes) {
        return treat(id, text, attributes, false);
    }

    private Outcome treat(String id, Supplier<String> source, TaggedRecord attributes, boolean alwaysRead) {
        Label label = policy.labelOf(attributes.scores(), attributes.label());
        Rule rule = policy.rule(label);
        String text = alwaysRead || (rule != null && rule.readsText()) ? source.get() : null;
        if (rule == null) {
            return new Outcome(label, Treatment.start(text, List.of()), label.key() + ": no rule for this label, kept unchanged");
        }
        List<Interval> regions = rule.usesSpans()
                ? FlaggedSpans.of(text, attributes.windows(label), rule.spanMinScore()) : List.of();
        Treatment t = Treatment.start(text, regions);
        long key = Rng.documentKey(seed, id);
        for (int i = 0; i < rule.steps().size(); i++) {
            Action a = rule.steps().get(i).action();
            t = a.apply(t, Rng.of(key, i)).withApplied(a.name());
            if (t.finished()) break;
        }
        return new Outcome(label, t, label.key() + ": " + (t.reason() != null ? t.reason() : "kept"));
    }
}
