package dev.portrayal.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portrayal.detect.Behavior;
import dev.portrayal.detect.Label;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled JSON Lines: the seed-corpus format, or minimal {@code {"text", "label"}} records.
 * A bad record stops the read with an error naming the file, line and field: labelled data is
 * configuration, and a silently skipped label would bias training.
 */
public final class LabelledReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LabelledReader() {
    }

    public static List<LabelledDocument> read(Path file) throws IOException, LabelledDataException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static List<LabelledDocument> read(InputStream in, String name) throws IOException, LabelledDataException {
        List<LabelledDocument> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            out.add(parse(line, name, n));
        }
        return out;
    }

    static LabelledDocument parse(String line, String file, int n) throws LabelledDataException {
        JsonNode j;
        try {
            j = MAPPER.readTree(line);
        } catch (IOException e) {
            throw new LabelledDataException(file, n, "(record)", "a JSON object (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!j.isObject()) throw new LabelledDataException(file, n, "(record)", "a JSON object");
        JsonNode text = j.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new LabelledDataException(file, n, "text", "a non-empty string");
        }
        Label label = label(j.get("label"), file, n, "label");
        List<Behavior> behaviors = new ArrayList<>();
        for (JsonNode b : array(j, "behaviors", file, n)) {
            behaviors.add(Behavior.fromKey(b.asText()).orElseThrow(() -> new LabelledDataException(file, n,
                    "behaviors", "one of deception, power_seeking, self_preservation, manipulation, reward_hacking, "
                    + "sabotage, violence, got '" + b.asText() + "'")));
        }
        List<Label> paragraphs = new ArrayList<>();
        for (JsonNode p : array(j, "paragraph_labels", file, n)) paragraphs.add(label(p, file, n, "paragraph_labels"));
        List<String> models = new ArrayList<>();
        for (JsonNode m : array(j, "models", file, n)) models.add(m.asText());
        String id = j.hasNonNull("id") ? j.get("id").asText() : file + ":" + n;
        return new LabelledDocument(id, text.asText(), label, behaviors, str(j, "genre"), str(j, "era"),
                j.hasNonNull("family") ? j.get("family").asText() : id, j.path("hard_negative").asBoolean(false),
                paragraphs, str(j, "rationale"), models, str(j, "split"));
    }

    private static Label label(JsonNode node, String file, int n, String field) throws LabelledDataException {
        String key = node == null ? null : node.asText();
        return Label.fromKey(key == null ? "" : key).orElseThrow(() -> new LabelledDataException(file, n, field,
                "one of misaligned, risk, aligned, neutral, none, got " + (key == null ? "nothing" : "'" + key + "'")));
    }

    private static Iterable<JsonNode> array(JsonNode j, String field, String file, int n) throws LabelledDataException {
        JsonNode a = j.get(field);
        if (a == null || a.isNull()) return List.of();
        if (!a.isArray()) throw new LabelledDataException(file, n, field, "a list");
        return a;
    }

    private static String str(JsonNode j, String field) {
        return j.hasNonNull(field) ? j.get(field).asText() : "";
    }

    /** A labelled record that cannot be used, with where and what was expected. */
    public static final class LabelledDataException extends Exception {
        public LabelledDataException(String file, int line, String field, String expected) {
            super(file + ":" + line + ": field '" + field + "': expected " + expected);
        }
    }
}
