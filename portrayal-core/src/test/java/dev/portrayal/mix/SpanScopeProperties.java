package dev.portrayal.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portrayal.detect.Label;
import dev.portrayal.detect.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

/** Span-scoped actions change the flagged paragraphs only, whatever the text and the scores. */
class SpanScopeProperties {
    private static final Policy POLICY = Policies.rule(Label.RISK,
            "{tag: {token: '<m>', scope: span}}, {contextualize: {note: '[n]', separator: '', scope: span}},"
                    + " {route: {name: r, scope: span}}");

    @Property(tries = 300)
    void textOutsideTheFlaggedSpansIsUntouched(
            @ForAll @Size(min = 1, max = 8) List<@StringLength(min = 1, max = 12) @Chars({'a', 'b', ' ', '.', '\u00e9', '\uD83D', '\uDE00'}) String> raw,
            @ForAll @Size(min = 8, max = 8) List<@DoubleRange(min = 0, max = 1) Double> scores) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : raw) {
            String clean = p.replace("\uD83D", "").replace("\uDE00", "\uD83D\uDE00").strip();   // whole emoji only
            paragraphs.add(clean.isEmpty() ? "x" : clean);
        }
        String text = String.join("\n\n", paragraphs);
        double[] s = new double[paragraphs.size()];
        for (int i = 0; i < s.length; i++) s[i] = scores.get(i);
        List<Span> windows = ActionsTest.windows(text, paragraphs.toArray(String[]::new), s);
        boolean[] flagged = new boolean[s.length];
        int best = 0;
        boolean any = false;
        for (int i = 0; i < s.length; i++) {
            flagged[i] = s[i] >= Rule.DEFAULT_SPAN_MIN_SCORE;
            any |= flagged[i];
            if (s[i] > s[best]) best = i;
        }
        if (!any) flagged[best] = true;

        StringBuilder expected = new StringBuilder();
        List<String> routed = new ArrayList<>();
        StringBuilder run = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) expected.append("\n\n");
            boolean starts = flagged[i] && (i == 0 || !flagged[i - 1]);
            if (starts) {
                expected.append("[n]<m>");
                run = new StringBuilder("[n]<m>");
            } else if (flagged[i]) {
                run.append("\n\n");
            }
            expected.append(paragraphs.get(i));
            if (flagged[i]) run.append(paragraphs.get(i));
            if (flagged[i] && (i == paragraphs.size() - 1 || !flagged[i + 1])) routed.add(run.toString());
        }

        Treatment t = new Mixer(POLICY, 1).treat("d", text, Policies.tagged("d", text, Label.RISK, windows)).treatment();
        assertEquals(expected.toString(), t.text());
        List<String> got = new ArrayList<>();
        for (Interval i : t.routes().get(0).spans()) got.add(t.text().substring(i.start(), i.end()));
        assertEquals(routed, got);
    }
}
