package dev.portrayal.mix;

/** {@code keep}: leaves the document as it is. */
public record KeepAction() implements Action {
    @Override
    public String name() {
        return "keep";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        return t;
    }
}
