package dev.portrayal.mix;

/** An action of a rule, with the policy line it was written on (for messages). */
public record Step(Action action, int line) {
}
