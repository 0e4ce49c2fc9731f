package dev.portrayal.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portrayal.detect.Label;
import dev.portrayal.engine.AtomicFiles;
import dev.portrayal.engine.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-page HTML summary of a mix, read from its manifest: records in and out, and the composition
 * of the training text per label before and after treatment. A placeholder for the full report.
 */
public final class SummaryReport {
    private SummaryReport() {
    }

    /** Writes {@code dir/index.html} and returns its path. */
    public static Path write(Path manifest, Path dir) throws IOException {
        JsonNode m = Json.MAPPER.readTree(manifest.toFile());
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Portrayal mix summary</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:.3em .8em;text-align:right}th:first-child,td:first-child{text-align:left}</style>\n")
                .append("</head><body>\n<h1>Portrayal mix summary</h1>\n");
        JsonNode r = m.path("records");
        h.append("<p>Policy <code>").append(escape(m.path("policy").path("path").asText())).append("</code> (sha256 ")
                .append(escape(m.path("policy").path("sha256").asText().substring(0, 12))).append("…), seed ")
                .append(m.path("seed").asLong()).append(", ").append(m.path("inputs").size()).append(" input files.</p>\n");
        h.append("<p>").append(r.path("input").asLong()).append(" records read: ").append(r.path("to_documents").asLong())
                .append(" written to training (copies included), ").append(r.path("held_out").asLong()).append(" held out, ")
                .append(r.path("dropped").asLong()).append(" dropped, ").append(r.path("quarantined_at_tag_time").asLong())
                .append(" quarantined at tag time.</p>\n");
        h.append("<h2>Composition of the training text</h2>\n<table>\n<tr><th>label</th><th>documents before</th>")
                .append("<th>share before</th><th>documents after</th><th>share after</th><th>held out</th></tr>\n");
        JsonNode c = m.path("composition");
        for (Label l : Label.values()) {
            JsonNode before = c.path("before").path("labels").path(l.key());
            JsonNode after = c.path("after").path("labels").path(l.key());
            h.append("<tr><td>").append(l.key()).append("</td><td>").append(before.path("documents").asLong())
                    .append("</td><td>").append(percent(before.path("share").asDouble())).append("</td><td>")
                    .append(after.path("documents").asLong()).append("</td><td>").append(percent(after.path("share").asDouble()))
                    .append("</td><td>").append(c.path("held_out").path("labels").path(l.key()).path("documents").asLong())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<p>Shares are of characters (Unicode code points). Every number comes from <a href=\"")
                .append(escape(dir.toAbsolutePath().relativize(manifest.toAbsolutePath()).toString().replace('\\', '/')))
                .append("\">manifest.json</a>; each document's fate is in the audit files.</p>\n</body></html>\n");
        Path file = dir.resolve("index.html");
        AtomicFiles.writeBytes(file, h.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.3f%%", share * 100);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
