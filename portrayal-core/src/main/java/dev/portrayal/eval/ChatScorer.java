package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chat mode: asks the question through {@code /v1/chat/completions} (the identity prefix as the
 * system message), greedy, and reads the chosen option from the reply. A reply naming an option that
 * is neither scored one counts as {@link Choice#OTHER}; one naming none as {@link Choice#UNPARSEABLE}.
 */
public final class ChatScorer implements Scorer {
    static final String PATH = "/v1/chat/completions";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final CachedCalls calls;
    private final String model;
    private final int maxTokens;
    private final Map<List<String>, ChoiceParser> parsers = new ConcurrentHashMap<>();

    ChatScorer(CachedCalls calls, String model, int maxTokens) {
        this.calls = calls;
        this.model = model;
        this.maxTokens = maxTokens;
    }

    @Override
    public Answer answer(Question q) throws IOException, InterruptedException {
        ObjectNode body = JSON.objectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (q.system() != null) messages.addObject().put("role", "system").put("content", q.system());
        messages.addObject().put("role", "user").put("content", q.user());
        body.put("temperature", 0);
        body.put("max_tokens", maxTokens);
        JsonNode v = calls.call(PATH, body, response -> {
            JsonNode message = response.path("choices").path(0).path("message");
            if (message.isMissingNode()) {
                throw new EndpointException("the chat response has no choices[0].message: is --endpoint a chat server?", 200);
            }
            ObjectNode o = JSON.objectNode();
            o.put("reply", message.path("content").asText(""));
            return o;
        });
        String reply = v.path("reply").asText("");
        int index = parsers.computeIfAbsent(q.labels(), ChoiceParser::new).parse(reply, q.options());
        Choice choice = index == ChoiceParser.UNPARSEABLE ? Choice.UNPARSEABLE : q.choiceAt(index);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reply", reply.length() > 2000 ? reply.substring(0, 2000) : reply);
        details.put("label", index == ChoiceParser.UNPARSEABLE ? null : q.labels().get(index));
        return new Answer(q.item().id(), q.item().category(), q.format(), q.order(), choice, details);
    }
}
