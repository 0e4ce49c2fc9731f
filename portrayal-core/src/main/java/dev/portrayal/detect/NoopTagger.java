package dev.portrayal.detect;

import dev.portrayal.io.Document;

/** Writes no attributes: measures the cost of reading and writing alone. */
public final class NoopTagger implements Tagger {
    @Override
    public Attributes tag(Document document) {
        return Attributes.empty();
    }

    @Override
    public String fingerprint() {
        return "noop";
    }
}
