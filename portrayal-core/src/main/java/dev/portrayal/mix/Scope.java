package dev.portrayal.mix;

import java.util.Locale;
import java.util.Optional;

/** What a text-writing action acts on: the whole document, or each flagged paragraph span. */
public enum Scope {
    DOCUMENT, SPAN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromKey(String key) {
        for (Scope s : values()) {
            if (s.key().equals(key)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
