package dev.portrayal.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON Lines: one object per non-blank line. Every line becomes a document or a quarantine
 * entry; a stream that breaks (a truncated or corrupt .gz/.zst) ends with one entry for the rest.
 */
public final class JsonlReader implements DocumentReader {
    private final InputStream in;
    private final LineReader lines;
    private final JsonRecordParser parser;
    private final String source;
    private final int maxRecordBytes;
    private long index;
    private boolean broken;

    /**
     * @param in         the decompressed stream, positioned at the first line to read
     * @param limit      lines must start within this many bytes of the stream start
     * @param firstIndex index of the first line in its file
     */
    public JsonlReader(InputStream in, String source, ReaderOptions options, long limit, long firstIndex) {
        this.in = in;
        this.lines = new LineReader(in, options.maxRecordBytes(), limit);
        this.parser = new JsonRecordParser(options.textField(), options.idField(), options.keepJsonText());
        this.source = source;
        this.maxRecordBytes = options.maxRecordBytes();
        this.index = firstIndex;
    }

    public JsonlReader(InputStream in, String source, ReaderOptions options) {
        this(in, source, options, Long.MAX_VALUE, 0);
    }

    @Override
    public ReadOutcome next() {
        if (broken) return null;
        boolean more;
        try {
            more = lines.next();
        } catch (IOException | RuntimeException e) {
            broken = true;
            String reason = "unreadable data from here to the end of the file (" + describe(e)
                    + "); " + index + " records before it were read";
            return quarantine(reason, lines.pendingBytes());
        }
        if (!more) return null;
        byte[] b = lines.buffer();
        int off = lines.offset();
        int len = lines.length();
        if (lines.oversize()) {
            return quarantine("record is " + lines.lineBytes() + " bytes, over the limit of " + maxRecordBytes
                    + " bytes (--max-record-bytes)", QuarantineEntry.rawPrefix(b, off, len));
        }
        int bad = Utf8.firstInvalid(b, off, len);
        if (bad >= 0) {
            return quarantine("invalid UTF-8 at byte " + bad + " of the record", QuarantineEntry.rawPrefix(b, off, len));
        }
        JsonRecordParser.Parsed parsed = parser.parse(b, off, len);
        if (parsed.error() != null) {
            return quarantine(parsed.error(), QuarantineEntry.rawPrefix(b, off, len));
        }
        String id = parsed.id() != null ? parsed.id() : source + ":" + index;
        Document d = parsed.literal() != null ? new Document(id, parsed.literal(), index) : new Document(id, parsed.text(), index);
        index++;
        return new ReadOutcome.Readable(d);
    }

    private ReadOutcome quarantine(String error, String raw) {
        return new ReadOutcome.Unreadable(new QuarantineEntry(source, index++, error, raw));
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
