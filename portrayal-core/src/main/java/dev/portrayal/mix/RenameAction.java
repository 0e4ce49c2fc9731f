package dev.portrayal.mix;

import dev.portrayal.detect.SelfNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code rename: {to, scope}}: self-association control (Turner 2025). Replaces every mention of the
 * model's own names (the policy's {@code self_names} and {@code --self-name}), on word boundaries and
 * in any case, with a neutral name, in the whole document or only inside the flagged spans.
 */
public record RenameAction(String to, Scope scope, SelfNames names) implements ScopedAction {
    public RenameAction {
        if (to.isEmpty()) throw new IllegalArgumentException("empty replacement name");
        if (names.isEmpty()) throw new IllegalArgumentException("no self names to replace");
    }

    @Override
    public String name() {
        return "rename";
    }

    @Override
    public Treatment apply(Treatment t, Rng rng) {
        List<int[]> hits = new ArrayList<>(names.occurrences(t.text()));
        if (hits.isEmpty()) return t;
        hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1]));   // longest first
        List<Interval> targets = t.targets(scope);
        TextEdits edits = new TextEdits();
        int k = 0;
        int last = -1;
        for (int[] hit : hits) {
            if (hit[0] < last) continue;                 // overlaps a longer name already replaced
            while (k < targets.size() && targets.get(k).end() < hit[1]) k++;
            if (k < targets.size() && targets.get(k).contains(hit[0], hit[1])) {
                edits.replace(hit[0], hit[1], to);
                last = hit[1];
            }
        }
        return edits.applyTo(t);
    }
}
