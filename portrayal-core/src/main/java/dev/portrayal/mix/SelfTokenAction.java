package dev.portrayal.mix;

/**
 * {@code self_token: {token, scope}}: self-association control (Turner 2025). A special token that
 * names the model goes before the document (or each flagged span), so that the model learns to
 * associate itself with this kind of portrayal; a policy puts it on positive portrayals only.
 */
public record SelfTokenAction(String token, Scope scope) implements ScopedAction {
    public SelfTokenAction {
        if (token.isEmpty()) throw new IllegalArgumentException("empty token");
    }

    @Override
    public String name() {
        return "self_token";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        return Prefixes.insert(t, scope, token, 0, rng);
    }
}
