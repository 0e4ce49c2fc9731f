package dev.portrayal.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item asked in one format and order, and what the model chose.
 *
 * @param details what the choice rests on, for the answers file: log-probabilities and token counts
 *                (completion mode) or the reply and the label read from it (chat mode)
 */
public record Answer(String itemId, String category, PromptFormat format, Order order, Choice choice,
                     Map<String, Object> details) {
    public Answer {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
