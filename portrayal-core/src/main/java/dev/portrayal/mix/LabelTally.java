package dev.portrayal.mix;

import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to the documents of one label, in one file or in the whole run. Characters are code
 * points; training counts include every copy and the text the actions added.
 *
 * @param actions documents each action was applied to
 */
public record LabelTally(long documents, long characters, long trainingDocuments, long trainingCharacters,
                         long heldOutDocuments, long heldOutCharacters, long droppedDocuments, Map<String, Long> actions) {
    public LabelTally {
        actions = new TreeMap<>(actions);
    }

    public static LabelTally zero() {
        return new LabelTally(0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    public LabelTally plus(LabelTally o) {
        Map<String, Long> a = new TreeMap<>(actions);
        o.actions.forEach((k, v) -> a.merge(k, v, Long::sum));
        return new LabelTally(documents + o.documents, characters + o.characters, trainingDocuments + o.trainingDocuments,
                trainingCharacters + o.trainingCharacters, heldOutDocuments + o.heldOutDocuments,
                heldOutCharacters + o.heldOutCharacters, droppedDocuments + o.droppedDocuments, a);
    }

    /** Mutable accumulator used inside one unit. */
    static final class Counter {
        long documents;
        long characters;
        long trainingDocuments;
        long trainingCharacters;
        long heldOutDocuments;
        long heldOutCharacters;
        long droppedDocuments;
        final Map<String, Long> actions = new TreeMap<>();

        LabelTally toTally() {
            return new LabelTally(documents, characters, trainingDocuments, trainingCharacters, heldOutDocuments,
                    heldOutCharacters, droppedDocuments, actions);
        }
    }
}
