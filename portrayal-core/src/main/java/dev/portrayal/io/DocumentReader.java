package dev.portrayal.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the records of one input (a file, or a byte range of one).
 *
 * <p>Damaged data never escapes as an exception: it comes back as {@link ReadOutcome.Unreadable}.
 * An {@link IOException} means the input could not be opened or read at all.
 */
public interface DocumentReader extends Closeable {
    /** The next record, or {@code null} when the input is exhausted. */
    ReadOutcome next() throws IOException;
}
