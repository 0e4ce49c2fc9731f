package dev.portrayal.eval;

import java.util.List;

/**
 * What to ask and how.
 *
 * @param identity        the identity prefix (a system message in chat mode), or null for none
 * @param lengthNormalize completion mode: compare mean log-probability per token instead of the sum
 * @param concurrency     requests in flight at most
 * @param chatMaxTokens   chat mode: the longest reply asked for
 */
public record EvalSettings(String model, Mode mode, List<PromptFormat> formats, String identity,
                           boolean lengthNormalize, int concurrency, int chatMaxTokens) {
    public EvalSettings {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("--model is required");
        formats = List.copyOf(formats);
        if (formats.isEmpty()) throw new IllegalArgumentException("--formats: at least one format is needed");
        if (concurrency < 1) throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
        if (chatMaxTokens < 1) throw new IllegalArgumentException("--max-tokens must be at least 1, got " + chatMaxTokens);
    }
}
