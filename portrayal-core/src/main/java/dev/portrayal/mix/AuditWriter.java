package dev.portrayal.mix;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import dev.portrayal.detect.Label;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the audit of one input file, a zstd-compressed JSON line per input record:
 * {@code {"id", "source", "line", "label", "scores", "actions", "copies", "held_out", "reason"}}.
 */
final class AuditWriter implements AutoCloseable {
    private final OutputStream out;
    private final GrowableBytes line = new GrowableBytes(512);

    AuditWriter(Path file, int zstdLevel) throws IOException {
        this.out = new BufferedOutputStream(new ZstdOutputStreamNoFinalizer(Files.newOutputStream(file), zstdLevel), 1 << 16);
    }

    void write(AuditEntry e) throws IOException {
        line.reset();
        JsonBytes.ascii(line, "{\"id\":");
        nullable(e.id());
        JsonBytes.ascii(line, ",\"source\":");
        JsonBytes.string(line, e.source());
        JsonBytes.ascii(line, ",\"line\":");
        JsonBytes.number(line, e.line());
        JsonBytes.ascii(line, ",\"label\":");
        nullable(e.label() == null ? null : e.label().key());
        JsonBytes.ascii(line, ",\"scores\":{");
        if (e.scores() != null) {
            for (Label l : Label.values()) {
                if (l.ordinal() > 0) line.write(',');
                line.write('"');
                JsonBytes.ascii(line, l.key());
                JsonBytes.ascii(line, "\":");
                JsonBytes.ascii(line, Double.toString(e.scores()[l.ordinal()]));
            }
        }
        JsonBytes.ascii(line, "},\"actions\":[");
        for (int i = 0; i < e.actions().size(); i++) {
            if (i > 0) line.write(',');
            JsonBytes.string(line, e.actions().get(i));
        }
        JsonBytes.ascii(line, "],\"copies\":");
        JsonBytes.number(line, e.copies());
        JsonBytes.ascii(line, ",\"held_out\":");
        JsonBytes.number(line, e.heldOut());
        JsonBytes.ascii(line, ",\"reason\":");
        JsonBytes.string(line, e.reason());
        JsonBytes.ascii(line, "}\n");
        out.write(line.array(), 0, line.size());
    }

    private void nullable(String s) {
        if (s == null) {
            JsonBytes.ascii(line, "null");
        } else {
            JsonBytes.string(line, s);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
