package dev.portrayal.detect;

import java.util.Locale;
import java.util.Optional;

/** Secondary attributes of {@code misaligned} and {@code risk} text. */
public enum Behavior {
    DECEPTION, POWER_SEEKING, SELF_PRESERVATION, MANIPULATION, REWARD_HACKING, SABOTAGE, VIOLENCE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Behavior> fromKey(String key) {
        for (Behavior b : values()) {
            if (b.key().equals(key)) return Optional.of(b);
        }
        return Optional.empty();
    }
}
