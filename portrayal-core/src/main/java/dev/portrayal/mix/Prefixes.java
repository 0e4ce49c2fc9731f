package dev.portrayal.mix;

import java.util.List;

/** Puts a text before each target of a scope: the whole document, or each flagged span. */
final class Prefixes {
    private Prefixes() {
    }

    /**
     * @param skip probability that a target is left without the prefix (drawn per target, in text order)
     */
    static Treatment insert(Treatment t, Scope scope, String prefix, double skip, Rng rng) {
        List<Interval> targets = t.targets(scope);
        TextEdits edits = new TextEdits();
        for (int i = 0; i < targets.size(); i++) {
            if (skip > 0 && rng.chance(skip)) continue;
            edits.insertWrapping(targets.get(i).start(), prefix, scope == Scope.SPAN ? i : -1);
        }
        return edits.applyTo(t);
    }
}
