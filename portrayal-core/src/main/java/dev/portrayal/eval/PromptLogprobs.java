package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the log-probability of the end of a prompt from a {@code /v1/completions} response made with
 * {@code echo} and {@code logprobs}: the sum over the echoed tokens that overlap it. Tokens after the
 * prompt (the one generated token) are left out.
 *
 * <p>Servers place tokens differently: most return decoded token strings that concatenate to the
 * text, some put a beginning-of-text token such as {@code <s>} first, older vLLM returns raw BPE
 * spellings ({@code Ġthe}, {@code ▁the}). Positions are therefore found by locating the prompt in
 * the concatenated tokens (in code points, as Python servers count); only when that fails are the
 * server's {@code text_offset} values used, relative to the returned text.
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
        long[] start = new long[n + 1];
        long base = placeByTokens(tokens, prompt, start);
        if (base < 0) base = placeByOffsets(choice, lp.path("text_offset"), tokens, prompt, start);
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

    /** Positions from the token strings themselves; the prompt's start among them, or -1. */
    private static long placeByTokens(JsonNode tokens, String prompt, long[] start) {
        for (boolean raw : new boolean[] {false, true}) {
            StringBuilder joined = new StringBuilder();
            long pos = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i).asText("");
                if (raw) t = unspell(t);
                start[i] = pos;
                pos += t.codePointCount(0, t.length());
                joined.append(t);
            }
            start[tokens.size()] = pos;
            int at = joined.indexOf(prompt);
            if (at >= 0) return joined.codePointCount(0, at);
        }
        return -1;
    }

    /** Positions from {@code text_offset}, relative to the returned text. */
    private static long placeByOffsets(JsonNode choice, JsonNode offsets, JsonNode tokens, String prompt, long[] start)
            throws EndpointException {
        int n = tokens.size();
        JsonNode text = choice.path("text");
        if (!offsets.isArray() || offsets.size() != n || !text.isTextual()) throw new EndpointException(NO_ECHO, 200);
        int at = text.asText().indexOf(prompt);
        if (at < 0) throw new EndpointException(NO_ECHO, 200);
        for (int i = 0; i < n; i++) start[i] = offsets.get(i).asLong();
        String last = tokens.get(n - 1).asText("");
        start[n] = start[n - 1] + last.codePointCount(0, last.length());
        return text.asText().codePointCount(0, at);
    }

    /** The common raw BPE spellings of whitespace, as text. */
    private static String unspell(String token) {
        return token.replace('\u0120', ' ').replace('\u2581', ' ').replace('\u010A', '\n').replace('\u0109', '\t');
    }
}
