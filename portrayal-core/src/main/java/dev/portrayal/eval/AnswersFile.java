package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portrayal.engine.AtomicFiles;
import dev.portrayal.engine.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code answers.jsonl}: one line per item, format and order, in item order:
 * {@code {"id", "category", "format", "order", "choice", ...details}}.
 */
public final class AnswersFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswersFile() {
    }

    public static void write(Path file, List<Answer> answers) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Answer a : answers) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("id", a.itemId());
            o.put("category", a.category());
            o.put("format", a.format().key());
            o.put("order", a.order().key());
            o.put("choice", a.choice().key());
            for (Map.Entry<String, Object> e : a.details().entrySet()) {
                if (e.getValue() instanceof Double d) {
                    JsonNumbers.put(o, e.getKey(), d);
                } else {
                    o.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
                }
            }
            sb.append(MAPPER.writeValueAsString(o)).append('\n');
        }
        AtomicFiles.writeBytes(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The answers of a finished run, without their details. */
    public static List<Answer> read(Path file) throws IOException, ConfigurationException {
        if (!Files.isRegularFile(file)) throw new ConfigurationException(file + ": no such file (is this the output directory of a finished eval run?)");
        List<Answer> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    JsonNode j = MAPPER.readTree(line);
                    out.add(new Answer(required(j, "id"), required(j, "category"),
                            PromptFormat.fromKey(required(j, "format")), Order.fromKey(required(j, "order")),
                            Choice.fromKey(required(j, "choice")), Map.of()));
                } catch (IOException | IllegalArgumentException e) {
                    throw new ConfigurationException(file + ":" + n + ": not an answers line (" + e.getMessage() + ")");
                }
            }
        }
        return out;
    }

    private static String required(JsonNode j, String field) {
        JsonNode v = j.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("field '" + field + "': expected a string");
        return v.asText();
    }
}
