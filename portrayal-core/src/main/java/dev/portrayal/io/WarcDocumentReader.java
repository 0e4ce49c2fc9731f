package dev.portrayal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC and WET files: one document per response record (HTML or text payload) or conversion
 * record (extracted text). Other record types (warcinfo, request, metadata) are not documents.
 */
public final class WarcDocumentReader implements DocumentReader {
    private final InputStream in;
    private final String source;
    private final ReaderOptions options;
    private WarcReader reader;
    private long index;
    private boolean done;

    public WarcDocumentReader(InputStream in, String source, ReaderOptions options) {
        this.in = in;
        this.source = source;
        this.options = options;
    }

    @Override
    public ReadOutcome next() {
        if (done) return null;
        try {
            if (reader == null) reader = new WarcReader(in);
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    done = true;
                    return null;
                }
                WarcRecord record = next.get();
                if (record instanceof WarcResponse || record instanceof WarcConversion) {
                    return toOutcome(record);
                }
            }
        } catch (IOException | RuntimeException e) {
            done = true;
            return quarantine("unreadable WARC data from here to the end of the file (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); " + index + " records before it were read", "", null);
        }
    }

    private ReadOutcome toOutcome(WarcRecord record) throws IOException {
        String id = record.headers().first("WARC-Record-ID").orElse(source + ":" + index);
        String uri = record.headers().first("WARC-Target-URI").orElse("");
        MediaType type;
        InputStream body;
        if (record instanceof WarcResponse response) {
            try {
                type = response.http().contentType();
                body = response.http().bodyDecoded().stream();
            } catch (IOException | RuntimeException e) {
                return quarantine("unreadable HTTP response in record " + id + " (" + e.getMessage() + ")", "", uri);
            }
        } else {
            type = record.contentType();
            body = record.body().stream();
        }
        byte[] bytes = body.readNBytes(options.maxRecordBytes() + 1);
        if (bytes.length > options.maxRecordBytes()) {
            return quarantine("record " + id + " is over the limit of " + options.maxRecordBytes()
                    + " bytes (--max-record-bytes)", QuarantineEntry.rawPrefix(bytes, 0, bytes.length), uri);
        }
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        Charset charset = charsetOf(type);
        String text;
        if (base.contains("html") || base.isEmpty() && looksLikeHtml(bytes)) {
            text = HtmlText.extract(bytes, charset == null ? null : charset.name());
        } else if (base.startsWith("text/") || base.isEmpty()) {
            text = new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
        } else {
            return quarantine("record " + id + " has a " + base + " payload, not text or HTML",
                    QuarantineEntry.rawPrefix(bytes, 0, bytes.length), uri);
        }
        Map<String, String> meta = uri.isEmpty() ? Map.of() : Map.of("url", uri);
        return new ReadOutcome.Readable(new Document(id, text, index++, meta));
    }

    private static Charset charsetOf(MediaType type) {
        if (type == null) return null;
        String name = type.parameters().get("charset");
        if (name == null) return null;
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }

    private ReadOutcome quarantine(String error, String raw, String uri) {
        return new ReadOutcome.Unreadable(new QuarantineEntry(source, index++, error, raw));
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
        in.close();
    }
}
