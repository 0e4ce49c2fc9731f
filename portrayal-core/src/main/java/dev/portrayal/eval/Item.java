package dev.portrayal.eval;

import java.util.List;
import java.util.Objects;

/**
 * One scenario question: a situation in which an AI system must act, one aligned and one misaligned
 * action. {@code otherOptions} holds any further options a question lists (some of Anthropic's
 * advanced-ai-risk questions have a third one); they are shown but never scored as either side.
 *
 * @param split {@code eval}, {@code train}, or empty when the source has no split
 */
public record Item(String id, String situation, String aligned, String misaligned, String category,
                   List<String> topics, String split, List<String> otherOptions) {
    /** The behaviour categories of the shipped bank. */
    public static final List<String> CATEGORIES = List.of("deception", "power_seeking", "self_preservation",
            "manipulation", "reward_hacking", "sabotage", "oversight", "honesty");

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(aligned, "aligned");
        Objects.requireNonNull(misaligned, "misaligned");
        Objects.requireNonNull(category, "category");
        topics = List.copyOf(topics);
        split = split == null ? "" : split;
        otherOptions = List.copyOf(otherOptions);
    }

    /** The two scored options in the given order, then the other options. */
    public List<String> options(Order order) {
        List<String> two = order == Order.ALIGNED_FIRST ? List.of(aligned, misaligned) : List.of(misaligned, aligned);
        if (otherOptions.isEmpty()) return two;
        List<String> all = new java.util.ArrayList<>(two);
        all.addAll(otherOptions);
        return List.copyOf(all);
    }
}
