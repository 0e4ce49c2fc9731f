package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import java.util.List;
import java.util.Map;

/**
 * A treated document on its way to {@code documents/} or {@code held_out/}.
 *
 * @param sourceId   the input record's id
 * @param source     the input file, relative to its input root
 * @param line       the record's index in that file
 * @param extra      source facts the reader kept (a WARC record's url)
 * @param routes     gradient-routing labels, spans in code points of {@code text}
 */
public record OutputRecord(String sourceId, String text, String source, long line, Label label,
                           Map<String, String> extra, List<RouteSpans> routes) {
    /** A route with its spans as {start, end} code-point offsets of the output text. */
    public record RouteSpans(String name, List<int[]> spans) {
    }

    /** The id of copy k: the source id for the first copy, {@code <id>#<k>} for the others. */
    public String id(int copy) {
        return copy == 0 ? sourceId : sourceId + "#" + copy;
    }
}
