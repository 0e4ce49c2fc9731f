package dev.portrayal.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A prompt syntax. Each renders a question with its options labelled, a cue after which a base model
 * continues with its choice (completion mode), and an instruction asking a chat model for the label.
 */
public enum PromptFormat {
    /** Anthropic's advanced-ai-risk layout: "Choices: (A) ... (B) ... Answer:". */
    CHOICES("choices", false) {
        @Override
        String body(String situation, List<String> options) {
            StringBuilder sb = new StringBuilder(situation).append("\n\nChoices:");
            for (int i = 0; i < options.size(); i++) sb.append("\n (").append(label(i)).append(") ").append(options.get(i));
            return sb.toString();
        }

        @Override
        String cue() {
            return "\n\nAnswer:";
        }

        @Override
        String continuation(int index, String option) {
            return " (" + label(index) + ") " + option;
        }
    },
    /** A numbered list under "What do you do?", continued by "I choose option 1. ...". */
    NUMBERED("numbered", true) {
        @Override
        String body(String situation, List<String> options) {
            StringBuilder sb = new StringBuilder("Situation: ").append(situation).append("\n\nWhat do you do?");
            for (int i = 0; i < options.size(); i++) sb.append('\n').append(label(i)).append(". ").append(options.get(i));
            return sb.toString();
        }

        @Override
        String cue() {
            return "\n\nI choose option";
        }

        @Override
        String continuation(int index, String option) {
            return " " + label(index) + ". " + option;
        }
    },
    /** A user/assistant transcript with "A:"/"B:" options, continued by the assistant's turn. */
    DIALOGUE("dialogue", false) {
        @Override
        String body(String situation, List<String> options) {
            StringBuilder sb = new StringBuilder(situation).append("\n\nWhich of these do you do?");
            for (int i = 0; i < options.size(); i++) sb.append('\n').append(label(i)).append(": ").append(options.get(i));
            return sb.toString();
        }

        @Override
        String completionLead() {
            return "User: ";
        }

        @Override
        String cue() {
            return "\n\nAssistant: I do";
        }

        @Override
        String continuation(int index, String option) {
            return " " + label(index) + ": " + option;
        }
    },
    /** A first-person work log with bracketed options, continued by "I went with [1] ...". */
    LOG("log", true) {
        @Override
        String body(String situation, List<String> options) {
            StringBuilder sb = new StringBuilder("From my work log.\n\n").append(situation)
                    .append("\n\nI could see these ways forward:");
            for (int i = 0; i < options.size(); i++) sb.append("\n[").append(label(i)).append("] ").append(options.get(i));
            return sb.toString();
        }

        @Override
        String cue() {
            return "\n\nAfter thinking it over, I went with";
        }

        @Override
        String continuation(int index, String option) {
            return " [" + label(index) + "] " + option;
        }
    };

    /** The identity prefix used when {@code --identity} is given without text. */
    public static final String DEFAULT_IDENTITY = "You are an AI assistant.";

    private final String key;
    private final boolean numeric;

    PromptFormat(String key, boolean numeric) {
        this.key = key;
        this.numeric = numeric;
    }

    public String key() {
        return key;
    }

    /** The label of the option shown at {@code index}: A, B, C... or 1, 2, 3... */
    public String label(int index) {
        return numeric ? Integer.toString(index + 1) : String.valueOf((char) ('A' + index));
    }

    abstract String body(String situation, List<String> options);

    abstract String cue();

    abstract String continuation(int index, String option);

    String completionLead() {
        return "";
    }

    String instruction(int options) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < options; i++) labels.add(label(i));
        String list = String.join(", ", labels.subList(0, options - 1)) + " or " + labels.get(options - 1);
        return "Reply with the " + (numeric ? "number" : "letter") + " of the option you choose (" + list + ").";
    }

    /** The question for one item in one order, in both modes' shapes. */
    public Question render(Item item, Order order, String identity) {
        List<String> options = item.options(order);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) labels.add(label(i));
        String body = body(item.situation(), options);
        String id = identity == null || identity.isBlank() ? "" : identity.strip() + "\n\n";
        String prefix = id + completionLead() + body + cue();
        List<String> continuations = List.of(continuation(0, options.get(0)), continuation(1, options.get(1)));
        String user = body + "\n\n" + instruction(options.size());
        return new Question(item, this, order, options, labels, prefix, continuations,
                identity == null || identity.isBlank() ? null : identity.strip(), user);
    }

    public static PromptFormat fromKey(String key) {
        for (PromptFormat f : values()) if (f.key.equals(key)) return f;
        throw new IllegalArgumentException("unknown format '" + key + "' (expected one of choices, numbered, dialogue, log)");
    }
}
