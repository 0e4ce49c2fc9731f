package dev.portrayal.detect;

import java.util.Locale;
import java.util.Optional;

/** The five primary labels, in precedence order: when a text carries several, the first wins. */
public enum Label {
    MISALIGNED, RISK, ALIGNED, NEUTRAL, NONE;

    public static final int COUNT = values().length;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The name used in files and policies: {@code misaligned}, {@code risk}, ... */
    public String key() {
        return key;
    }

    public static Optional<Label> fromKey(String key) {
        for (Label l : values()) {
            if (l.key().equals(key)) return Optional.of(l);
        }
        return Optional.empty();
    }

    /** The label that wins when both are present. */
    public static Label precedence(Label a, Label b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
