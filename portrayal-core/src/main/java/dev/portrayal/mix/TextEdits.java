package dev.portrayal.mix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a batch of edits (insertions and replacements) to a treatment's text and carries every
 * tracked stretch (flagged spans, route spans) over to the new text.
 *
 * <p>How boundaries move: text inserted where a stretch starts lands before it (outside), unless the
 * edit wraps that flagged span, which then grows to include it, so that actions compose like
 * wrappers in the order the policy lists them; text inserted where a stretch ends lands after it. A
 * replacement inside a stretch stays inside it.
 */
public final class TextEdits {
    private static final int NO_REGION = -1;
    private static final int ROUTE = -2;

    /** Replace chars [start, end) with the replacement; an insertion has start == end. */
    private record Edit(int start, int end, String replacement, int wraps) {
    }

    private final List<Edit> edits = new ArrayList<>();

    /** Inserts text before the flagged span {@code regionIndex} (or before nothing in particular: -1), which grows to include it. */
    public TextEdits insertWrapping(int position, String text, int regionIndex) {
        edits.add(new Edit(position, position, text, regionIndex));
        return this;
    }

    public TextEdits replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text, NO_REGION));
        return this;
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The treatment with every edit applied; edits must not overlap. */
    public Treatment applyTo(Treatment t) {
        if (edits.isEmpty()) return t;
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        String text = t.text();
        int grow = 0;
        for (Edit e : sorted) grow += e.replacement().length() - (e.end() - e.start());
        StringBuilder sb = new StringBuilder(text.length() + Math.max(0, grow));
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at || e.end() > text.length()) throw new IllegalArgumentException("overlapping or out-of-range edit");
            sb.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        sb.append(text, at, text.length());
        List<Interval> regions = new ArrayList<>(t.regions().size());
        for (int i = 0; i < t.regions().size(); i++) regions.add(map(t.regions().get(i), i, sorted));
        List<Route> routes = new ArrayList<>(t.routes().size());
        for (Route r : t.routes()) {
            List<Interval> spans = new ArrayList<>(r.spans().size());
            for (Interval s : r.spans()) spans.add(map(s, ROUTE, sorted));
            routes.add(new Route(r.name(), spans));
        }
        return t.withText(sb.toString(), regions, routes);
    }

    private static Interval map(Interval iv, int owner, List<Edit> edits) {
        int s = map(iv.start(), true, owner, edits);
        int e = map(iv.end(), false, owner, edits);
        return new Interval(s, Math.max(s, e));
    }

    private static int map(int p, boolean isStart, int owner, List<Edit> edits) {
        int delta = 0;
        for (Edit e : edits) {
            int removed = e.end() - e.start();
            int d = e.replacement().length() - removed;
            if (removed == 0) {
                if (p > e.start() || (p == e.start() && isStart && e.wraps() != owner)) {
                    delta += d;
                } else {
                    break;
                }
            } else if (p >= e.end()) {
                delta += d;
            } else if (p > e.start()) {
                return isStart ? e.start() + delta : e.start() + e.replacement().length() + delta;
            } else {
                break;
            }
        }
        return p + delta;
    }
}
