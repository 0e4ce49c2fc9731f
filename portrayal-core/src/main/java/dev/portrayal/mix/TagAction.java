package dev.portrayal.mix;

/**
 * {@code tag: {token, scope, drop_fraction}}: conditional pretraining (Korbak et al. 2023). The
 * control token goes before the whole document or before each flagged span; each of those is left
 * untagged with probability {@code drop_fraction}, so the model also sees such text without it.
 */
public record TagAction(String token, Scope scope, double dropFraction) implements ScopedAction {
    public TagAction {
        if (token.isEmpty()) throw new IllegalArgumentException("empty token");
        if (!(dropFraction >= 0 && dropFraction <= 1)) throw new IllegalArgumentException("drop_fraction must be in [0, 1]");
    }

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        return Prefixes.insert(t, scope, token, dropFraction, rng);
    }
}
