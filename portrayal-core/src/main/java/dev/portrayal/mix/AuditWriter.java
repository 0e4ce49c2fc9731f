package dev.portrayal.mix;

import com.fasterxml.jackson.core.JsonGenerator;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import dev.portrayal.detect.Label;
import dev.portrayal.engine.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the audit of one input file, a zstd-compressed JSON line per input record:
 * {@code {"id", "source", "line", "label", "scores", "actions", "copies", "held_out", "reason"}}.
 */
final class AuditWriter implements AutoCloseable {
    private static final int LEVEL = 3;
    private final JsonGenerator gen;

    AuditWriter(Path file) throws IOException {
        this.gen = Json.FACTORY.createGenerator(new BufferedOutputStream(
                new ZstdOutputStreamNoFinalizer(Files.newOutputStream(file), LEVEL), 1 << 16));
        this.gen.setRootValueSeparator(null);
    }

    void write(AuditEntry e) throws IOException {
        gen.writeStartObject();
        if (e.id() == null) {
            gen.writeNullField("id");
        } else {
            gen.writeStringField("id", e.id());
        }
        gen.writeStringField("source", e.source());
        gen.writeNumberField("line", e.line());
        if (e.label() == null) {
            gen.writeNullField("label");
        } else {
            gen.writeStringField("label", e.label().key());
        }
        gen.writeObjectFieldStart("scores");
        if (e.scores() != null) {
            for (Label l : Label.values()) gen.writeNumberField(l.key(), e.scores()[l.ordinal()]);
        }
        gen.writeEndObject();
        gen.writeArrayFieldStart("actions");
        for (String a : e.actions()) gen.writeString(a);
        gen.writeEndArray();
        gen.writeNumberField("copies", e.copies());
        gen.writeNumberField("held_out", e.heldOut());
        gen.writeStringField("reason", e.reason());
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        gen.close();
    }
}
