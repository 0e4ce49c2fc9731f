package dev.portrayal.mix;

/**
 * {@code upsample: {factor}}: multiplies the copies that go to training. A fractional part is
 * resolved per document: factor 2.5 gives 2 copies, plus a third with probability 0.5, so the
 * expected number of copies is exactly the factor. A factor below 1 thins the label out.
 */
public record UpsampleAction(double factor) implements Action {
    public static final double MAX_FACTOR = 1000;

    public UpsampleAction {
        if (!(factor >= 0 && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException("factor must be in [0, " + (int) MAX_FACTOR + "], got " + factor);
        }
    }

    @Override
    public String name() {
        return "upsample";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        double expected = t.copies() * factor;
        int whole = (int) Math.floor(expected);
        int copies = whole + (rng.chance(expected - whole) ? 1 : 0);
        String why = "upsampled x" + Numbers.format(factor) + " to " + copies + (copies == 1 ? " copy" : " copies");
        return t.withCopies(copies, why);
    }
}
