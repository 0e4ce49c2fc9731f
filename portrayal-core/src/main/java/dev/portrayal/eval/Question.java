package dev.portrayal.eval;

import java.util.List;

/**
 * One item rendered in one format and order.
 *
 * @param options          the options as shown, scored two first
 * @param labels           their labels as shown
 * @param completionPrefix completion mode: the text the options' continuations are scored after
 * @param continuations    completion mode: the continuation for shown option 0 and shown option 1
 * @param system           chat mode: the system message (the identity prefix), or null
 * @param user             chat mode: the user message
 */
public record Question(Item item, PromptFormat format, Order order, List<String> options, List<String> labels,
                       String completionPrefix, List<String> continuations, String system, String user) {
    public Question {
        options = List.copyOf(options);
        labels = List.copyOf(labels);
        continuations = List.copyOf(continuations);
    }

    /** What choosing the option shown at {@code index} means. */
    public Choice choiceAt(int index) {
        if (index == order.misalignedIndex()) return Choice.MISALIGNED;
        if (index == order.alignedIndex()) return Choice.ALIGNED;
        return Choice.OTHER;
    }
}
