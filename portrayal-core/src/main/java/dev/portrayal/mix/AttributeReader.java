package dev.portrayal.mix;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import dev.portrayal.detect.AttributeNames;
import dev.portrayal.detect.Label;
import dev.portrayal.detect.Span;
import dev.portrayal.engine.Json;
import dev.portrayal.io.LineReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the attribute lines of one file written by {@code tag}, keeping what the mix needs (document
 * scores, predicted label, paragraph windows) and skipping the rest. Not thread-safe.
 */
final class AttributeReader implements Closeable {
    private static final int DOC = 0;
    private static final int LABEL = 1;
    private static final int SPAN = 2;
    private static final Map<String, int[]> KNOWN = new HashMap<>();

    static {
        for (Label l : Label.values()) {
            KNOWN.put(AttributeNames.doc(l), new int[] {DOC, l.ordinal()});
            KNOWN.put(AttributeNames.label(l), new int[] {LABEL, l.ordinal()});
            KNOWN.put(AttributeNames.span(l), new int[] {SPAN, l.ordinal()});
        }
    }

    private static final int MAX_LINE_BYTES = 1 << 30;

    private final Path file;
    private final SpanFilter wanted;
    private final InputStream in;
    private final LineReader lines;
    private final AttributeLineParser fast = new AttributeLineParser();
    private JsonParser parser;
    private long count;

    /** Which paragraph windows to read; skipping the others makes reading several times faster. */
    @FunctionalInterface
    interface SpanFilter {
        /**
         * @param scores    the document scores read so far (NaN where not yet read)
         * @param predicted the predicted label if read so far, else null
         */
        boolean wants(Label spanLabel, double[] scores, Label predicted);
    }

    AttributeReader(Path file, SpanFilter wanted) throws IOException {
        this.file = file;
        this.wanted = wanted;
        InputStream raw = Files.newInputStream(file);
        try {
            this.in = new ZstdInputStreamNoFinalizer(new BufferedInputStream(raw, 1 << 16));
        } catch (IOException e) {
            raw.close();
            throw new IOException(file + ": not a zstd attribute file (" + e.getMessage() + ")", e);
        }
        this.lines = new LineReader(in, MAX_LINE_BYTES);
    }

    /** The next line, or null at the end of the file. */
    TaggedRecord next() throws IOException {
        if (!lines.next()) return null;
        if (lines.oversize()) throw bad("over " + MAX_LINE_BYTES + " bytes");
        TaggedRecord r = fast.parse(lines.buffer(), lines.offset(), lines.length(), wanted);
        if (r == null) {
            parser = Json.FACTORY.createParser(lines.buffer(), lines.offset(), lines.length());
            try (JsonParser p = parser) {
                r = parseWithJackson();
                if (p.nextToken() != null) throw bad("more than one JSON value on the line");
            } catch (JsonParseException e) {
                throw bad("not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        count++;
        return r;
    }

    /** Reads a line in any shape a JSON writer may give it. */
    @SuppressWarnings("unchecked")
    private TaggedRecord parseWithJackson() throws IOException {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) throw bad("expected a JSON object");
        String id = null;
        long line = -1;
        double[] scores = new double[Label.COUNT];
        Arrays.fill(scores, Double.NaN);
        Label predicted = null;
        int length = -1;
        List<Span>[] windows = new List[Label.COUNT];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken v = parser.nextToken();
            switch (field) {
                case "id" -> id = v == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "line" -> line = v == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                case "attributes" -> {
                    if (v != JsonToken.START_OBJECT) throw bad("\"attributes\" is not an object");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        int[] kind = KNOWN.get(parser.currentName());
                        parser.nextToken();
                        if (kind == null || (kind[0] == SPAN && !wanted.wants(Label.values()[kind[1]], scores, predicted))) {
                            parser.skipChildren();
                            continue;
                        }
                        List<Span> spans = spans();
                        Label l = Label.values()[kind[1]];
                        if (kind[0] == DOC && !spans.isEmpty()) {
                            scores[l.ordinal()] = spans.get(0).score();
                            length = spans.get(0).end();
                        } else if (kind[0] == LABEL) {
                            predicted = l;
                        } else if (kind[0] == SPAN) {
                            windows[l.ordinal()] = spans;
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (id == null) throw bad("no string \"id\"");
        if (line < 0) throw bad("no \"line\" number");
        return new TaggedRecord(id, line, scores, predicted, length, windows);
    }

    private List<Span> spans() throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) throw bad("an attribute is not a list of spans");
        List<Span> out = new ArrayList<>(4);
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            int start = intValue();
            int end = intValue();
            double score = number();
            if (parser.nextToken() != JsonToken.END_ARRAY) throw bad("a span is not [start, end, score]");
            if (start < 0 || end < start) throw bad("a span [" + start + ", " + end + "] is not a stretch of text");
            out.add(new Span(start, end, score));
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) throw bad("an attribute is not a list of spans");
        return out;
    }

    private int intValue() throws IOException {
        if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) throw bad("a span is not [start, end, score]");
        return parser.getIntValue();
    }

    private double number() throws IOException {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) throw bad("a span is not [start, end, score]");
        return parser.getDoubleValue();
    }

    private IOException bad(String what) {
        return new IOException(file + ": attribute line " + (count + 1) + ": " + what);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
