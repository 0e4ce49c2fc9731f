package dev.portrayal.io;

/**
 * How records are read.
 *
 * @param textField      where the text lives
 * @param idField        where the id lives
 * @param maxRecordBytes records larger than this are quarantined
 */
public record ReaderOptions(FieldPath textField, FieldPath idField, int maxRecordBytes) {
    public static final int DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;

    public static ReaderOptions defaults() {
        return new ReaderOptions(FieldPath.parse("text"), FieldPath.parse("id"), DEFAULT_MAX_RECORD_BYTES);
    }

    public ReaderOptions {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("the record size limit must be positive, got " + maxRecordBytes);
        }
    }
}
