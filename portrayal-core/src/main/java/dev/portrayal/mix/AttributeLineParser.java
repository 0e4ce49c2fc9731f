package dev.portrayal.mix;

import dev.portrayal.detect.AttributeNames;
import dev.portrayal.detect.Label;
import dev.portrayal.detect.Span;
import dev.portrayal.io.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an attribute line in the exact shape {@code tag} writes it, without a general JSON parser:
 * {@code {"id":"..","line":N,"attributes":{"name":[[start,end,score],..],..}}} with no spaces.
 * Attributes the mix does not want are skipped by counting brackets. Any other shape gives null, and
 * the caller reads that line with a full parser, so lines written by other tools still work.
 * Not thread-safe.
 */
final class AttributeLineParser {
    private static final byte[] HEAD = bytes("{\"id\":");
    private static final byte[] LINE = bytes(",\"line\":");
    private static final byte[] ATTRIBUTES = bytes(",\"attributes\":{");
    private static final byte[][] NAMES = new byte[3 * Label.COUNT][];
    private static final int DOC = 0;
    private static final int LABEL = 1;
    private static final int SPAN = 2;

    static {
        for (Label l : Label.values()) {
            NAMES[DOC * Label.COUNT + l.ordinal()] = bytes(AttributeNames.doc(l));
            NAMES[LABEL * Label.COUNT + l.ordinal()] = bytes(AttributeNames.label(l));
            NAMES[SPAN * Label.COUNT + l.ordinal()] = bytes(AttributeNames.span(l));
        }
    }

    private byte[] b;
    private int at;
    private int end;

    /** The record of the line, or null when the line is not in tag's own shape. */
    @SuppressWarnings("unchecked")
    TaggedRecord parse(byte[] bytes, int offset, int length, AttributeReader.SpanFilter wanted) {
        b = bytes;
        at = offset;
        end = offset + length;
        if (!expect(HEAD) || at >= end || b[at] != '"') return null;
        JsonString id = JsonString.at(b, at, end);
        if (id == null) return null;
        at += id.literal().length;
        if (!expect(LINE)) return null;
        long line = digits();
        if (line < 0 || !expect(ATTRIBUTES)) return null;
        double[] scores = new double[Label.COUNT];
        Arrays.fill(scores, Double.NaN);
        Label predicted = null;
        int docLength = -1;
        List<Span>[] windows = new List[Label.COUNT];
        if (at < end && b[at] == '}') {
            at++;
        } else {
            while (true) {
                int kind = name();
                if (kind == -2 || at >= end || b[at++] != ':') return null;
                Label l = kind >= 0 ? Label.values()[kind % Label.COUNT] : null;
                boolean read = kind >= 0 && (kind / Label.COUNT != SPAN || wanted.wants(l, scores, predicted));
                if (!read) {
                    if (!skipArrays()) return null;
                } else {
                    List<Span> spans = spans();
                    if (spans == null) return null;
                    switch (kind / Label.COUNT) {
                        case DOC -> {
                            if (!spans.isEmpty()) {
                                scores[l.ordinal()] = spans.get(0).score();
                                docLength = spans.get(0).end();
                            }
                        }
                        case LABEL -> predicted = l;
                        default -> windows[l.ordinal()] = spans;
                    }
                }
                if (at >= end) return null;
                byte c = b[at++];
                if (c == '}') break;
                if (c != ',') return null;
            }
        }
        if (at >= end || b[at++] != '}' || at != end) return null;
        return new TaggedRecord(decode(id), line, scores, predicted, docLength, windows);
    }

    private static String decode(JsonString s) {
        byte[] l = s.literal();
        for (byte x : l) {
            if (x == '\\') return s.value();
        }
        return new String(l, 1, l.length - 2, StandardCharsets.UTF_8);
    }

    /** The known attribute at {@code at} (kind * COUNT + label), -1 for another name, -2 when not a plain name. */
    private int name() {
        if (at >= end || b[at] != '"') return -2;
        int start = at + 1;
        int i = start;
        while (i < end && b[i] != '"') {
            if (b[i] == '\\') return -2;
            i++;
        }
        if (i >= end) return -2;
        at = i + 1;
        int n = i - start;
        for (int k = 0; k < NAMES.length; k++) {
            byte[] name = NAMES[k];
            if (name.length == n && Arrays.equals(b, start, i, name, 0, n)) return k;
        }
        return -1;
    }

    /** Skips a value made of nested arrays of numbers; false for anything else. */
    private boolean skipArrays() {
        if (at >= end || b[at] != '[') return false;
        int depth = 0;
        while (at < end) {
            byte c = b[at++];
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (--depth == 0) return true;
            } else if (c == '"' || c == '{' || c == '}') {
                return false;
            }
        }
        return false;
    }

    /** {@code [[start,end,score],...]}, or null when the value has another shape. */
    private List<Span> spans() {
        if (at >= end || b[at++] != '[') return null;
        List<Span> out = new ArrayList<>(4);
        if (at < end && b[at] == ']') {
            at++;
            return out;
        }
        while (true) {
            if (at >= end || b[at++] != '[') return null;
            long start = digits();
            if (start < 0 || at >= end || b[at++] != ',') return null;
            long stop = digits();
            if (stop < start || stop > Integer.MAX_VALUE || at >= end || b[at++] != ',') return null;
            double score = number();
            if (Double.isNaN(score) || at >= end || b[at++] != ']') return null;
            out.add(new Span((int) start, (int) stop, score));
            if (at >= end) return null;
            byte c = b[at++];
            if (c == ']') return out;
            if (c != ',') return null;
        }
    }

    /** A non-negative integer of at most 18 digits, or -1. */
    private long digits() {
        int start = at;
        long v = 0;
        while (at < end && b[at] >= '0' && b[at] <= '9' && at - start < 18) v = v * 10 + (b[at++] - '0');
        if (at == start || (b[start] == '0' && at - start > 1)) return -1;
        if (at < end && b[at] >= '0' && b[at] <= '9') return -1;
        return v;
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /**
     * A JSON number; a plain decimal of at most 15 digits is computed exactly (both parts are exact
     * doubles, so one division rounds correctly), anything else goes through Double.parseDouble.
     * NaN when it is not a number.
     */
    private double number() {
        int start = at;
        if (at < end && b[at] == '-') at++;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        while (at < end) {
            byte c = b[at];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) fraction++;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                break;
            }
            at++;
        }
        boolean simple = digits > 0 && digits <= 15 && fraction != 0;
        if (at < end && (b[at] == 'e' || b[at] == 'E')) {
            simple = false;
            at++;
            if (at < end && (b[at] == '+' || b[at] == '-')) at++;
            while (at < end && b[at] >= '0' && b[at] <= '9') at++;
        }
        int first = b[start] == '-' ? start + 1 : start;
        if (digits == 0 || b[first] == '0' && first + 1 < at && b[first + 1] >= '0' && b[first + 1] <= '9') return Double.NaN;
        if (simple) {
            double v = fraction > 0 ? mantissa / POWERS[fraction] : mantissa;
            return b[start] == '-' ? -v : v;
        }
        try {
            return Double.parseDouble(new String(b, start, at - start, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private boolean expect(byte[] token) {
        if (end - at < token.length || !Arrays.equals(b, at, at + token.length, token, 0, token.length)) return false;
        at += token.length;
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
