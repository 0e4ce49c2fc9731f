package dev.portrayal.mix;

import dev.portrayal.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the paragraph windows that span-scoped actions act on: those whose score for the document's
 * label reaches the threshold, neighbours merged into one stretch. When none reaches it (the document
 * as a whole carries the label, but no single window clearly does), the highest-scoring window is
 * taken, so a span-scoped action never leaves a document of its label untouched.
 */
final class FlaggedSpans {
    private FlaggedSpans() {
    }

    /** @param windows code-point spans of the label's windows, in text order */
    static List<Interval> of(String text, List<Span> windows, double threshold) {
        if (windows.isEmpty()) return List.of();
        boolean[] flagged = new boolean[windows.size()];
        boolean any = false;
        int best = 0;
        for (int i = 0; i < windows.size(); i++) {
            flagged[i] = windows.get(i).score() >= threshold;
            any |= flagged[i];
            if (windows.get(i).score() > windows.get(best).score()) best = i;
        }
        if (!any) flagged[best] = true;
        CharOffsets chars = new CharOffsets(text);
        List<Interval> out = new ArrayList<>();
        int i = 0;
        while (i < windows.size()) {
            if (!flagged[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < windows.size() && flagged[j + 1]) j++;
            int start = chars.of(windows.get(i).start());
            int end = chars.of(windows.get(j).end());
            if (end > start) out.add(new Interval(start, end));
            i = j + 1;
        }
        return out;
    }
}
