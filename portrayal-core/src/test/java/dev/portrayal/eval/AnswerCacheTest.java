package dev.portrayal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerCacheTest {
    @TempDir
    Path dir;

    private static ObjectNode value(String reply) {
        return JsonNodeFactory.instance.objectNode().put("reply", reply);
    }

    @Test
    void answersSurviveAReopenAndALineCutShortByAKillIsDropped() throws Exception {
        Path file = dir.resolve("c/cache.jsonl");
        try (AnswerCache c = AnswerCache.open(file)) {
            c.put("k1", value("A"));
            c.put("k2", value("B"));
        }
        Files.writeString(file, "{\"key\": \"k3\", \"val", StandardOpenOption.APPEND);
        try (AnswerCache c = AnswerCache.open(file)) {
            assertEquals(2, c.loaded());
            assertEquals("B", c.get("k2").path("reply").asText());
            assertNull(c.get("k3"));
            c.put("k3", value("C"));
        }
        try (AnswerCache c = AnswerCache.open(file)) {
            assertEquals(3, c.loaded());
            assertEquals("C", c.get("k3").path("reply").asText());
        }
        assertEquals(3, Files.readAllLines(file, StandardCharsets.UTF_8).size());
    }

    @Test
    void theKeyIsTheExactRequest() {
        ObjectNode a = JsonNodeFactory.instance.objectNode().put("model", "m").put("prompt", "p");
        ObjectNode b = JsonNodeFactory.instance.objectNode().put("model", "m").put("prompt", "q");
        assertEquals(AnswerCache.key("/v1/completions", a), AnswerCache.key("/v1/completions", a.deepCopy()));
        assertNotEquals(AnswerCache.key("/v1/completions", a), AnswerCache.key("/v1/completions", b));
        assertNotEquals(AnswerCache.key("/v1/completions", a), AnswerCache.key("/v1/chat/completions", a));
    }
}
