package dev.portrayal.mix;

/**
 * {@code route: {name, scope}}: gradient-routing labels (Cloud et al. 2024). Records the route's name
 * and the stretches it covers (the whole document or each flagged span, as the text stands when the
 * action runs) in the output record's metadata, as code-point offsets of the output text, so a
 * trainer can build its mask with any tokenizer.
 */
public record RouteAction(String routeName, Scope scope) implements ScopedAction {
    public RouteAction {
        if (routeName.isEmpty()) throw new IllegalArgumentException("empty route name");
    }

    @Override
    public String name() {
        return "route";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        return t.withRoute(new Route(routeName, t.targets(scope)));
    }
}
