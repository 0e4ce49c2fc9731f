package dev.portrayal.mix;

/**
 * An action that works on the text, over the whole document or over each flagged span: it reads the
 * text, and needs the flagged spans when its scope is {@link Scope#SPAN}.
 */
interface ScopedAction extends Action {
    Scope scope();

    @Override
    default boolean readsText() {
        return true;
    }

    @Override
    default boolean usesSpans() {
        return scope() == Scope.SPAN;
    }
}
