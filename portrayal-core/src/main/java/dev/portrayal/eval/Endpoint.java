package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Something that answers OpenAI-style JSON requests: {@code /v1/completions}, {@code /v1/chat/completions}. */
public interface Endpoint {
    /**
     * Sends one request and returns the parsed response.
     *
     * @throws EndpointException when the server refused the request or kept failing
     */
    JsonNode post(String path, ObjectNode body) throws IOException, InterruptedException;
}
