package dev.portrayal.detect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tagger found in one document: attribute name → spans, in a fixed order, and the predicted
 * label (null for taggers that do not predict one).
 */
public record Attributes(Map<String, List<Span>> spans, Label label) {
    public Attributes {
        spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
    }

    public static Attributes empty() {
        return new Attributes(Map.of(), null);
    }
}
