package dev.portrayal.engine;

import dev.portrayal.detect.Label;
import java.util.Map;
import java.util.TreeMap;

/** Counts for one unit of work or one file; added up into the run's statistics. */
public record UnitStats(long records, long tagged, long quarantined, long characters, Map<String, Long> labels) {
    public UnitStats {
        labels = new TreeMap<>(labels);
    }

    public static UnitStats zero() {
        return new UnitStats(0, 0, 0, 0, Map.of());
    }

    public UnitStats plus(UnitStats o) {
        Map<String, Long> sum = new TreeMap<>(labels);
        o.labels.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return new UnitStats(records + o.records, tagged + o.tagged, quarantined + o.quarantined,
                characters + o.characters, sum);
    }

    /** Mutable accumulator used inside one unit. */
    static final class Counter {
        long tagged;
        long quarantined;
        long characters;
        final long[] labels = new long[Label.COUNT];

        UnitStats toStats() {
            Map<String, Long> m = new TreeMap<>();
            for (Label l : Label.values()) {
                if (labels[l.ordinal()] > 0) m.put(l.key(), labels[l.ordinal()]);
            }
            return new UnitStats(tagged + quarantined, tagged, quarantined, characters, m);
        }
    }
}
