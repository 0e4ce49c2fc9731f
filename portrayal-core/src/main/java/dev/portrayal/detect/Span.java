package dev.portrayal.detect;

/** A scored span of text: offsets in Unicode code points, end exclusive (the Dolma convention). */
public record Span(int start, int end, double score) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
