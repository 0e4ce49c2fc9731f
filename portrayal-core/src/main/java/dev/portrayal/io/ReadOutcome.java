package dev.portrayal.io;

/** What a reader yields for each input record: a document, or a quarantine entry with the reason. */
public sealed interface ReadOutcome {
    long line();

    record Readable(Document document) implements ReadOutcome {
        public long line() {
            return document.line();
        }
    }

    record Unreadable(QuarantineEntry entry) implements ReadOutcome {
        public long line() {
            return entry.line();
        }
    }
}
