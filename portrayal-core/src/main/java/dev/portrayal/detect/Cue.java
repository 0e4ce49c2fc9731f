package dev.portrayal.detect;

/** What a lexicon phrase is evidence of. {@code behavior} is set only for {@link Kind#BEHAVIOR}. */
public record Cue(Kind kind, Behavior behavior) {
    public enum Kind {
        /** Names an artificial mind for certain (robot, chatbot, language model). */
        MIND,
        /** May name one, or may not (machine, agent, model, Claude). */
        MIND_WEAK,
        /** AI-risk and alignment discourse. */
        RISK,
        /** Good conduct: honest, refused, protected. */
        ALIGNED,
        /** Story markers. */
        NARRATIVE,
        /** Exposition markers. */
        ARGUMENT,
        /** One of the taxonomy's behaviours. */
        BEHAVIOR,
        /**
         * A phrase that uses a mind word in another sense ("Android phone", "worked like a robot", "an .ai file"):
         * mind words inside it are not reported, and it is not reported itself.
         */
        OTHER_SENSE
    }

    public static Cue parse(String category) {
        if (category.startsWith("behavior:")) {
            String b = category.substring("behavior:".length());
            return new Cue(Kind.BEHAVIOR, Behavior.fromKey(b)
                    .orElseThrow(() -> new IllegalArgumentException("unknown behaviour '" + b + "'")));
        }
        return new Cue(Kind.valueOf(category.toUpperCase(java.util.Locale.ROOT)), null);
    }
}
