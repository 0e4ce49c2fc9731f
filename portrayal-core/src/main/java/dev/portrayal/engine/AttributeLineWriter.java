package dev.portrayal.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portrayal.detect.Attributes;
import dev.portrayal.detect.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Writes {@code {"id", "line", "attributes"}} lines, one per tagged record. Not thread-safe. */
public final class AttributeLineWriter implements AutoCloseable {
    private final JsonGenerator gen;

    public AttributeLineWriter(OutputStream out) throws IOException {
        this.gen = Json.FACTORY.createGenerator(out);
        this.gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, true);
        this.gen.setRootValueSeparator(null);
    }

    public void write(String id, long line, Attributes attributes) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", id);
        gen.writeNumberField("line", line);
        gen.writeObjectFieldStart("attributes");
        for (Map.Entry<String, List<Span>> e : attributes.spans().entrySet()) {
            gen.writeArrayFieldStart(e.getKey());
            for (Span s : e.getValue()) {
                gen.writeStartArray();
                gen.writeNumber(s.start());
                gen.writeNumber(s.end());
                gen.writeNumber(s.score());
                gen.writeEndArray();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        gen.close();
    }
}
