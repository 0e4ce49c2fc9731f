package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The run's counts, added up over its units.
 *
 * @param labels per label, in precedence order; every label is present
 * @param all    the labels added together
 */
public record MixTotals(long records, long quarantinedAtTag, long unreadable, Map<Label, LabelTally> labels, LabelTally all) {
    public static MixTotals of(List<UnitResult> units) {
        long records = 0;
        long quarantined = 0;
        long unreadable = 0;
        Map<Label, LabelTally> labels = new EnumMap<>(Label.class);
        for (Label l : Label.values()) labels.put(l, LabelTally.zero());
        for (UnitResult u : units) {
            records += u.records();
            quarantined += u.quarantinedAtTag();
            unreadable += u.unreadable();
            u.labels().forEach((k, v) -> labels.merge(Label.fromKey(k).orElseThrow(), v, LabelTally::plus));
        }
        LabelTally all = LabelTally.zero();
        for (LabelTally t : labels.values()) all = all.plus(t);
        return new MixTotals(records, quarantined, unreadable, labels, all);
    }

    public LabelTally label(Label l) {
        return labels.get(l);
    }
}
