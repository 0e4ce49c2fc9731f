package dev.portrayal.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portrayal.io.QuarantineEntry;
import java.io.IOException;
import java.io.OutputStream;

/** Writes {@code {"source", "line", "error", "raw"}} lines. Not thread-safe. */
public final class QuarantineWriter implements AutoCloseable {
    private final JsonGenerator gen;

    public QuarantineWriter(OutputStream out) throws IOException {
        this.gen = Json.FACTORY.createGenerator(out);
        this.gen.setRootValueSeparator(null);
    }

    public void write(QuarantineEntry e) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("source", e.source());
        gen.writeNumberField("line", e.line());
        gen.writeStringField("error", e.error());
        gen.writeStringField("raw", e.raw());
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        gen.close();
    }
}
