package dev.portrayal.detect;

import dev.portrayal.io.Document;

/**
 * Turns a document into attributes. Implementations are immutable and thread-safe: one instance
 * serves every worker thread (and, later, every Spark task).
 */
public interface Tagger {
    Attributes tag(Document document);

    /** Identifies the tagger and its settings; a resumed run must use the same one. */
    String fingerprint();
}
