package dev.portrayal.mix;

/** {@code hold_out}: the document goes to {@code held_out/} (one copy, as treated so far), not to training. */
public record HoldOutAction() implements Action {
    @Override
    public String name() {
        return "hold_out";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        return t.withFate(Destination.HELD_OUT, "held out by the policy");
    }
}
