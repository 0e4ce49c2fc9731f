package dev.portrayal.mix;

/**
 * {@code contextualize: {note, scope, separator}}: a framing note before the document (or before each
 * flagged span), followed by the separator (a blank line unless set).
 */
public record ContextualizeAction(String note, String separator, Scope scope) implements ScopedAction {
    public static final String DEFAULT_SEPARATOR = "\n\n";

    public ContextualizeAction {
        if (note.isEmpty()) throw new IllegalArgumentException("empty note");
    }

    @Override
    public String name() {
        return "contextualize";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        return Prefixes.insert(t, scope, note + separator, 0, rng);
    }
}
