package dev.portrayal.mix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What mixing one input file produced; stored as the unit's completion marker.
 *
 * @param records          input records (readable or not)
 * @param quarantinedAtTag readable records with no attribute line (the tagger could not treat them)
 * @param unreadable       records that cannot be read (also quarantined at tag time)
 * @param labels           per label key
 * @param documents        the blocks of the unit's part of {@code documents/}
 * @param heldOut          the blocks of the unit's part of {@code held_out/}
 */
public record UnitResult(String source, long records, long quarantinedAtTag, long unreadable,
                         Map<String, LabelTally> labels, List<Block> documents, List<Block> heldOut,
                         String inputSha256, String attributesSha256) {
    public UnitResult {
        labels = new TreeMap<>(labels);
        documents = List.copyOf(documents);
        heldOut = List.copyOf(heldOut);
    }
}
