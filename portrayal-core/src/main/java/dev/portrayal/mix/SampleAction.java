package dev.portrayal.mix;

import java.util.Locale;

/** {@code sample: {rate}}: keeps the document with probability {@code rate}, else drops it. */
public record SampleAction(double rate) implements Action {
    public SampleAction {
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("rate must be in [0, 1], got " + rate);
    }

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        if (rng.chance(rate)) return t;
        return t.withCopies(0, String.format(Locale.ROOT, "not sampled (rate %s)", Numbers.format(rate)));
    }
}
