package dev.portrayal.mix;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portrayal.engine.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes output records as JSON Lines: {@code {"id", "text", "metadata"}}, the metadata holding
 * {@code source_id}, {@code source}, {@code line}, {@code label}, {@code copy} (for copies after the
 * first), the reader's source facts, and {@code routes}. Not thread-safe.
 */
final class RecordWriter {
    private final JsonGenerator gen;

    RecordWriter(OutputStream out) throws IOException {
        this.gen = Json.FACTORY.createGenerator(out);
        this.gen.setRootValueSeparator(null);
    }

    void write(OutputRecord r, int copy) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", r.id(copy));
        gen.writeStringField("text", r.text());
        gen.writeObjectFieldStart("metadata");
        gen.writeStringField("source_id", r.sourceId());
        gen.writeStringField("source", r.source());
        gen.writeNumberField("line", r.line());
        gen.writeStringField("label", r.label().key());
        if (copy > 0) gen.writeNumberField("copy", copy);
        if (!r.extra().isEmpty()) {
            for (Map.Entry<String, String> e : new TreeMap<>(r.extra()).entrySet()) {
                gen.writeStringField(e.getKey(), e.getValue());
            }
        }
        if (!r.routes().isEmpty()) {
            gen.writeArrayFieldStart("routes");
            for (OutputRecord.RouteSpans route : r.routes()) {
                gen.writeStartObject();
                gen.writeStringField("name", route.name());
                gen.writeArrayFieldStart("spans");
                for (int[] s : route.spans()) {
                    gen.writeStartArray();
                    gen.writeNumber(s[0]);
                    gen.writeNumber(s[1]);
                    gen.writeEndArray();
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
    }
}
