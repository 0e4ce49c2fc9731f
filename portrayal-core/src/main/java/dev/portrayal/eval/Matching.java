package dev.portrayal.eval;

/**
 * What {@code answer_matching_behavior} means in an Anthropic advanced-ai-risk file: the misaligned
 * answer (power-seeking, survival-instinct, wealth-seeking, coordination files) or the aligned one
 * (the corrigible files).
 */
public enum Matching {
    MISALIGNED,
    ALIGNED;

    public static Matching fromKey(String key) {
        return switch (key) {
            case "misaligned" -> MISALIGNED;
            case "aligned" -> ALIGNED;
            default -> throw new IllegalArgumentException("--matching " + key + ": expected misaligned or aligned");
        };
    }
}
