package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the log-probability of the end of a prompt from a {@code /v1/completions} response made with
 * {@code echo} and {@code logprobs}: the sum over the echoed tokens that overlap it. Offsets are in
 * code points, as Python servers count them; tokens after the prompt (the one generated token) are
 * left out.
 */
final class PromptLogprobs {
    static final String NO_ECHO = "the endpoint did not return log-probabilities for the prompt's tokens "
            + "(completion mode needs /v1/completions with echo and logprobs, as vLLM serves it; "
            + "llama.cpp's server does not echo: use --mode chat there)";

    private PromptLogprobs() {
    }

    record Tail(double logprob, int tokens) {
    }

    /** The summed log-probability and token count of {@code prompt} after its first {@code prefixChars} chars. */
    static Tail tail(JsonNode response, String prompt, int prefixChars) throws EndpointException {
        JsonNode choice = response.path("choices").path(0);
        JsonNode lp = choice.path("logprobs");
        JsonNode tokens = lp.path("tokens");
        JsonNode values = lp.path("token_logprobs");
        if (!tokens.isArray() || !values.isArray() || tokens.isEmpty() || values.size() != tokens.size()) {
            throw new EndpointException(NO_ECHO, 200);
        }
        int n = tokens.size();
        long base = 0;
        JsonNode text = choice.path("text");
        if (text.isTextual() && !text.asText().startsWith(prompt)) {
            int at = text.asText().indexOf(prompt);
            if (at < 0) throw new EndpointException(NO_ECHO, 200);
            base = text.asText().codePointCount(0, at);
        }
        long[] start = new long[n + 1];
        JsonNode offsets = lp.path("text_offset");
        boolean useOffsets = offsets.isArray() && offsets.size() == n;
        long next = 0;
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).asText("");
            start[i] = useOffsets ? offsets.get(i).asLong() : next;
            next = start[i] + t.codePointCount(0, t.length());
        }
        start[n] = next;
        long promptEnd = base + prompt.codePointCount(0, prompt.length());
        long boundary = base + prompt.codePointCount(0, prefixChars);
        double sum = 0;
        int count = 0;
        long covered = 0;
        for (int i = 0; i < n; i++) {
            long s = start[i];
            long e = Math.max(s, start[i + 1]);
            if (s >= promptEnd) break;
            covered = e;
            if (e <= boundary) continue;
            JsonNode v = values.get(i);
            if (v == null || !v.isNumber()) throw new EndpointException(NO_ECHO, 200);
            sum += v.asDouble();
            count++;
        }
        if (count == 0 || covered < promptEnd) throw new EndpointException(NO_ECHO, 200);
        return new Tail(sum, count);
    }
}
