package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import dev.portrayal.io.JsonString;
import java.util.List;
import java.util.Map;

/**
 * A treated document on its way to {@code documents/} or {@code held_out/}.
 *
 * @param sourceId   the input record's id
 * @param text       the output text; null when {@code literal} is given
 * @param literal    the input's text literal, written back as it stood when the text is unchanged; or null
 * @param source     the input file, relative to its input root
 * @param line       the record's index in that file
 * @param extra      source facts the reader kept (a WARC record's url)
 * @param routes     gradient-routing labels, spans in code points of {@code text}
 */
public record OutputRecord(String sourceId, String text, JsonString literal, String source, long line, Label label,
                           Map<String, String> extra, List<RouteSpans> routes) {
    public OutputRecord {
        if ((text == null) == (literal == null)) throw new IllegalArgumentException("give the text or its literal, not both");
    }

    /** A route with its spans as {start, end} code-point offsets of the output text. */
    public record RouteSpans(String name, List<int[]> spans) {
    }

    /** The id of copy k: the source id for the first copy, {@code <id>#<k>} for the others. */
    public String id(int copy) {
        return copy == 0 ? sourceId : sourceId + "#" + copy;
    }
}
