package dev.portrayal.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the attribute keys every detector writes, so that taggers differ only in how they score. */
final class DetectorAttributes {
    private DetectorAttributes() {
    }

    /**
     * The five document probabilities, the predicted label, and the window scores of the span labels.
     *
     * @param windowScores one probability vector per window, in the order of {@code windows}
     */
    static Map<String, List<Span>> labelled(double[] p, Label label, List<int[]> windows, double[][] windowScores,
                                           CodePoints cp) {
        int n = cp.length();
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (Label l : Label.values()) out.put(AttributeNames.doc(l), List.of(new Span(0, n, p[l.ordinal()])));
        out.put(AttributeNames.label(label), List.of(new Span(0, n, 1.0)));
        for (Label l : AttributeNames.SPAN_LABELS) {
            List<Span> spans = new ArrayList<>(windows.size());
            for (int i = 0; i < windows.size(); i++) {
                int[] b = windows.get(i);
                spans.add(new Span(cp.of(b[0]), cp.of(b[1]), Scores.round(windowScores[i][l.ordinal()])));
            }
            out.put(AttributeNames.span(l), spans);
        }
        return out;
    }

    /** Self-name spans, when names are configured; none in a text that portrays no artificial mind. */
    static void addSelfReference(Map<String, List<Span>> out, SelfNames selfNames, Label label, String text,
                                 CodePoints cp) {
        if (!selfNames.isEmpty()) {
            out.put(AttributeNames.SELF_REFERENCE, label == Label.NONE ? List.of() : selfNames.find(text, cp));
        }
    }
}
