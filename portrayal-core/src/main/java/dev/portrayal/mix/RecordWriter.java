package dev.portrayal.mix;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes output records as JSON Lines: {@code {"id", "text", "metadata"}}, the metadata holding
 * {@code source_id}, {@code source}, {@code line}, {@code label}, {@code copy} (for copies after the
 * first), the reader's source facts, and {@code routes}. Not thread-safe.
 */
final class RecordWriter {
    private final GrowableBytes out;

    RecordWriter(GrowableBytes out) {
        this.out = out;
    }

    void write(OutputRecord r, int copy) {
        JsonBytes.ascii(out, "{\"id\":");
        JsonBytes.string(out, r.id(copy));
        JsonBytes.ascii(out, ",\"text\":");
        if (r.literal() != null) {
            byte[] literal = r.literal().literal();
            out.write(literal, 0, literal.length);
        } else {
            JsonBytes.string(out, r.text());
        }
        JsonBytes.ascii(out, ",\"metadata\":{\"source_id\":");
        JsonBytes.string(out, r.sourceId());
        JsonBytes.ascii(out, ",\"source\":");
        JsonBytes.string(out, r.source());
        JsonBytes.ascii(out, ",\"line\":");
        JsonBytes.number(out, r.line());
        JsonBytes.ascii(out, ",\"label\":\"");
        JsonBytes.ascii(out, r.label().key());
        out.write('"');
        if (copy > 0) {
            JsonBytes.ascii(out, ",\"copy\":");
            JsonBytes.number(out, copy);
        }
        for (Map.Entry<String, String> e : (r.extra().isEmpty() ? Map.<String, String>of() : new TreeMap<>(r.extra())).entrySet()) {
            out.write(',');
            JsonBytes.string(out, e.getKey());
            out.write(':');
            JsonBytes.string(out, e.getValue());
        }
        if (!r.routes().isEmpty()) {
            JsonBytes.ascii(out, ",\"routes\":[");
            for (int i = 0; i < r.routes().size(); i++) {
                OutputRecord.RouteSpans route = r.routes().get(i);
                if (i > 0) out.write(',');
                JsonBytes.ascii(out, "{\"name\":");
                JsonBytes.string(out, route.name());
                JsonBytes.ascii(out, ",\"spans\":[");
                for (int k = 0; k < route.spans().size(); k++) {
                    int[] s = route.spans().get(k);
                    if (k > 0) out.write(',');
                    out.write('[');
                    JsonBytes.number(out, s[0]);
                    out.write(',');
                    JsonBytes.number(out, s[1]);
                    out.write(']');
                }
                JsonBytes.ascii(out, "]}");
            }
            out.write(']');
        }
        JsonBytes.ascii(out, "}}\n");
    }
}
