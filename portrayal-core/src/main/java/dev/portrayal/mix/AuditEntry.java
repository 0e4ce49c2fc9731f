package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import java.util.List;

/**
 * One audit line: what happened to one input record and why.
 *
 * @param id       the record's id; null when the record could not be read
 * @param label    the label the policy treated it as; null when it had none (unreadable, quarantined)
 * @param scores   the five document probabilities, or null
 * @param copies   copies written to {@code documents/}
 * @param heldOut  copies written to {@code held_out/} (0 or 1)
 */
public record AuditEntry(String id, String source, long line, Label label, double[] scores, List<String> actions,
                         int copies, int heldOut, String reason) {
}
