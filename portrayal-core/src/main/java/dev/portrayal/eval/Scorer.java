package dev.portrayal.eval;

import java.io.IOException;

/** Asks the model one question and reads its choice. Implementations are thread-safe. */
public interface Scorer {
    Answer answer(Question question) throws IOException, InterruptedException;
}
