package dev.portrayal.io;

/**
 * How records are read.
 *
 * @param textField      where the text lives
 * @param idField        where the id lives
 * @param maxRecordBytes records larger than this are quarantined
 * @param keepJsonText   JSON Lines only: keep each text as its JSON literal, decoded only when asked
 *                       (for passing texts through unchanged); the same records are readable either way
 */
public record ReaderOptions(FieldPath textField, FieldPath idField, int maxRecordBytes, boolean keepJsonText) {
    public static final int DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;

    public static ReaderOptions defaults() {
        return new ReaderOptions(FieldPath.parse("text"), FieldPath.parse("id"), DEFAULT_MAX_RECORD_BYTES);
    }

    public ReaderOptions(FieldPath textField, FieldPath idField, int maxRecordBytes) {
        this(textField, idField, maxRecordBytes, false);
    }

    public ReaderOptions withJsonText() {
        return new ReaderOptions(textField, idField, maxRecordBytes, true);
    }

    public ReaderOptions {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("the record size limit must be positive, got " + maxRecordBytes);
        }
    }
}
