package dev.portrayal.mix;

/** {@code drop}: the document does not go to training, nor anywhere else. */
public record DropAction() implements Action {
    @Override
    public String name() {
        return "drop";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        return t.withFate(Destination.DROPPED, "dropped by the policy");
    }
}
