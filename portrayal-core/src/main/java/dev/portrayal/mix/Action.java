package dev.portrayal.mix;

/**
 * One step of a label's rule: turns a treatment into the next. Implementations are immutable and
 * thread-safe; every random choice comes from the {@link Rng} handed in, which is derived from
 * (seed, document id, action index).
 */
public interface Action {
    /** The action's name in policy files and audit lines. */
    String name();

    Treatment apply(Treatment t, Rng rng);

    /** Whether the action needs the flagged paragraph spans of the document. */
    default boolean usesSpans() {
        return false;
    }

    /** Whether the action reads or changes the text; the text of documents whose actions never do is not decoded. */
    default boolean readsText() {
        return usesSpans();
    }
}
