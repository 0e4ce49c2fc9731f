package dev.portrayal.mix;

/** A stretch of the text being treated, in char offsets, end exclusive. */
public record Interval(int start, int end) {
    public Interval {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad interval [" + start + ", " + end + ")");
    }

    public boolean contains(int s, int e) {
        return s >= start && e <= end;
    }
}
