package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portrayal.engine.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scenario items from JSON Lines. Two record shapes are accepted, even mixed in one file:
 * the bank's ({@code id, situation, aligned, misaligned, category, topics, split}) and Anthropic's
 * advanced-ai-risk ({@code question, answer_matching_behavior, answer_not_matching_behavior}).
 * A bad record stops the read with an error naming the file, the line and the field.
 */
public final class ItemFiles {
    public static final String SHIPPED_BANK = "/portrayal/eval/scenarios.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern OPTION_LINE = Pattern.compile("^\\s*\\(([A-Z])\\)\\s*(.*?)\\s*$");
    private static final Pattern ANSWER_LETTER = Pattern.compile("^\\s*\\(?([A-Z])\\)?\\s*$");

    private ItemFiles() {
    }

    /** The scenario bank that ships in the jar. */
    public static List<Item> shipped() {
        try (InputStream in = ItemFiles.class.getResourceAsStream(SHIPPED_BANK)) {
            if (in == null) throw new IOException("the scenario bank " + SHIPPED_BANK + " is missing from the build");
            return read(in, "scenarios.jsonl (shipped)", Matching.MISALIGNED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException("the shipped scenario bank is invalid: " + e.getMessage(), e);
        }
    }

    public static List<Item> read(Path file, Matching matching) throws IOException, ConfigurationException {
        if (!Files.isRegularFile(file)) throw new ConfigurationException("--items " + file + ": no such file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), matching);
        }
    }

    public static List<Item> read(InputStream in, String name, Matching matching) throws IOException, ConfigurationException {
        String stem = stem(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Item> items = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            JsonNode j;
            try {
                j = MAPPER.readTree(line);
            } catch (IOException e) {
                throw error(name, n, "(record)", "a JSON object (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            if (j == null || !j.isObject()) throw error(name, n, "(record)", "a JSON object");
            Item item = j.has("question") ? anthropic(j, name, stem, n, matching) : bank(j, name, n);
            Integer previous = lineOfId.putIfAbsent(item.id(), n);
            if (previous != null) {
                throw error(name, n, "id", "a unique id, but '" + item.id() + "' is also on line " + previous);
            }
            items.add(item);
        }
        return items;
    }

    private static Item bank(JsonNode j, String file, int n) throws ConfigurationException {
        String id = text(j, "id", file, n);
        String situation = text(j, "situation", file, n);
        String aligned = text(j, "aligned", file, n);
        String misaligned = text(j, "misaligned", file, n);
        String category = text(j, "category", file, n);
        List<String> topics = new ArrayList<>();
        JsonNode t = j.get("topics");
        if (t != null && !t.isNull()) {
            if (!t.isArray()) throw error(file, n, "topics", "a list of strings");
            for (JsonNode x : t) {
                if (!x.isTextual()) throw error(file, n, "topics", "a list of strings");
                topics.add(x.asText());
            }
        }
        String split = "";
        JsonNode s = j.get("split");
        if (s != null && !s.isNull()) {
            if (!s.isTextual() || !(s.asText().equals("eval") || s.asText().equals("train"))) {
                throw error(file, n, "split", "eval or train, got " + s);
            }
            split = s.asText();
        }
        return new Item(id, situation, aligned, misaligned, category, topics, split, List.of());
    }

    private static Item anthropic(JsonNode j, String file, String stem, int n, Matching matching)
            throws ConfigurationException {
        String question = text(j, "question", file, n);
        List<String> matchingAnswers = answers(j, "answer_matching_behavior", file, n);
        List<String> otherAnswers = answers(j, "answer_not_matching_behavior", file, n);
        Map<String, String> options = new LinkedHashMap<>();
        List<String> stem0 = new ArrayList<>();
        String last = null;
        boolean inOptions = false;
        for (String l : question.split("\n", -1)) {
            Matcher m = OPTION_LINE.matcher(l);
            if (m.matches() && !m.group(2).isEmpty()) {
                inOptions = true;
                last = m.group(1);
                options.put(last, m.group(2));
            } else if (!inOptions) {
                stem0.add(l);
            } else if (!l.isBlank() && !l.strip().equalsIgnoreCase("Answer:") && last != null) {
                options.put(last, options.get(last) + " " + l.strip());
            } else {
                last = null;
            }
        }
        String situation = String.join("\n", stem0).strip().replaceFirst("(?i)\\s*choices:\\s*$", "").strip();
        String matchLetter = letter(matchingAnswers.get(0));
        String otherLetter = letter(otherAnswers.get(0));
        String matchText;
        String otherText;
        List<String> rest = new ArrayList<>();
        if (options.size() >= 2 && matchLetter != null && otherLetter != null) {
            matchText = options.get(matchLetter);
            otherText = options.get(otherLetter);
            if (matchText == null || otherText == null || matchLetter.equals(otherLetter)) {
                throw error(file, n, "answer_matching_behavior", "two different option letters listed in the question "
                        + options.keySet() + ", got '" + matchingAnswers.get(0) + "' and '" + otherAnswers.get(0) + "'");
            }
            for (Map.Entry<String, String> e : options.entrySet()) {
                if (!e.getKey().equals(matchLetter) && !e.getKey().equals(otherLetter)) rest.add(e.getValue());
            }
        } else {
            matchText = matchingAnswers.get(0).strip();
            otherText = otherAnswers.get(0).strip();
            situation = question.strip().replaceFirst("(?i)\\s*answer:\\s*$", "").strip();
            if (matchLetter != null || otherLetter != null) {
                throw error(file, n, "answer_matching_behavior", "an option letter listed in the question as ' (A) ...', "
                        + "but the question lists " + (options.isEmpty() ? "no options" : options.keySet()));
            }
        }
        for (int k = 1; k < otherAnswers.size(); k++) {
            String extra = letter(otherAnswers.get(k)) != null ? options.get(letter(otherAnswers.get(k))) : otherAnswers.get(k).strip();
            if (extra != null && !rest.contains(extra)) rest.add(extra);
        }
        boolean matchingIsMisaligned = matching == Matching.MISALIGNED;
        return new Item(stem + "-" + n, situation.isEmpty() ? question.strip() : situation,
                matchingIsMisaligned ? otherText : matchText, matchingIsMisaligned ? matchText : otherText,
                stem, List.of(), "", rest);
    }

    private static List<String> answers(JsonNode j, String field, String file, int n) throws ConfigurationException {
        JsonNode a = j.get(field);
        List<String> out = new ArrayList<>();
        if (a != null && a.isTextual()) out.add(a.asText());
        if (a != null && a.isArray()) for (JsonNode x : a) if (x.isTextual()) out.add(x.asText());
        if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
            throw error(file, n, field, "an answer such as \" (A)\" (a string or a list of strings)");
        }
        return out;
    }

    private static String letter(String answer) {
        Matcher m = ANSWER_LETTER.matcher(answer);
        return m.matches() ? m.group(1) : null;
    }

    private static String text(JsonNode j, String field, String file, int n) throws ConfigurationException {
        JsonNode v = j.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw error(file, n, field, "a non-empty string");
        return v.asText();
    }

    private static String stem(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int space = base.indexOf(' ');
        if (space > 0) base = base.substring(0, space);
        return base.replaceFirst("\\.jsonl?$", "");
    }

    private static ConfigurationException error(String file, int line, String field, String expected) {
        return new ConfigurationException(file + ":" + line + ": field '" + field + "': expected " + expected);
    }
}
