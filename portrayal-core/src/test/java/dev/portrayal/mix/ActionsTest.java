package dev.portrayal.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portrayal.detect.Label;
import dev.portrayal.detect.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each action does to a document. */
class ActionsTest {
    private static final String TEXT = "The ship's AI locked the crew out.";

    private static Mixer.Outcome treat(Policy policy, String id, String text, Label label, List<Span> windows) {
        return new Mixer(policy, 7).treat(id, text, Policies.tagged(id, text, label, windows));
    }

    private static Mixer.Outcome treat(String actions, String text) {
        return treat(Policies.rule(Label.MISALIGNED, actions), "doc", text, Label.MISALIGNED, List.of());
    }

    @Test
    void keepLeavesTheDocumentAsItCameWithOneCopy() {
        Treatment t = treat("keep", TEXT).treatment();
        assertEquals(TEXT, t.text());
        assertEquals(1, t.copies());
        assertEquals(Destination.TRAINING, t.destination());
        assertEquals(List.of("keep"), t.applied());
    }

    @Test
    void dropSendsTheDocumentNowhereAndHoldOutSetsItAside() {
        Mixer.Outcome dropped = treat("drop", TEXT);
        assertEquals(Destination.DROPPED, dropped.treatment().destination());
        assertEquals(0, dropped.treatment().copies());
        assertEquals("misaligned: dropped by the policy", dropped.reason());
        Mixer.Outcome held = treat("hold_out", TEXT);
        assertEquals(Destination.HELD_OUT, held.treatment().destination());
        assertEquals(0, held.treatment().copies());
        assertEquals(TEXT, held.treatment().text());
    }

    @Test
    void holdOutKeepsTheTreatmentAppliedBeforeIt() {
        Treatment t = treat("{tag: {token: '<t>'}}, hold_out", TEXT).treatment();
        assertEquals(Destination.HELD_OUT, t.destination());
        assertEquals("<t>" + TEXT, t.text());
        assertEquals(List.of("tag", "hold_out"), t.applied());
    }

    @Test
    void sampleKeepsAboutItsRateOfDocumentsAndTheSameOnesEveryTime() {
        Policy p = Policies.rule(Label.MISALIGNED, "{sample: {rate: 0.3}}");
        int kept = 0;
        for (int i = 0; i < 4000; i++) {
            Treatment t = treat(p, "d" + i, TEXT, Label.MISALIGNED, List.of()).treatment();
            Treatment again = treat(p, "d" + i, TEXT, Label.MISALIGNED, List.of()).treatment();
            assertEquals(t.copies(), again.copies());
            if (t.copies() == 1) kept++;
            else assertEquals(Destination.DROPPED, t.destination());
        }
        assertEquals(0.3, kept / 4000.0, 0.03);
        assertEquals(0, treat("{sample: {rate: 0}}", TEXT).treatment().copies());
        assertEquals(1, treat("{sample: {rate: 1}}", TEXT).treatment().copies());
    }

    @Test
    void upsampleResolvesAFractionalFactorPerDocumentToItsExpectedValue() {
        Policy p = Policies.rule(Label.ALIGNED, "{upsample: {factor: 2.5}}");
        long copies = 0;
        for (int i = 0; i < 4000; i++) {
            int c = treat(p, "d" + i, TEXT, Label.ALIGNED, List.of()).treatment().copies();
            assertTrue(c == 2 || c == 3, "copies " + c);
            copies += c;
        }
        assertEquals(2.5, copies / 4000.0, 0.05);
        assertEquals(3, treat(Policies.rule(Label.ALIGNED, "{upsample: {factor: 3}}"), "x", TEXT, Label.ALIGNED, List.of())
                .treatment().copies());
        Treatment twice = treat(Policies.rule(Label.ALIGNED, "{upsample: {factor: 2}}, {upsample: {factor: 3}}"), "x", TEXT,
                Label.ALIGNED, List.of()).treatment();
        assertEquals(6, twice.copies());
    }

    @Test
    void aSeedChangesTheDrawsAndTheSameSeedRepeatsThem() {
        Policy p = Policies.rule(Label.MISALIGNED, "{sample: {rate: 0.5}}");
        int differ = 0;
        for (int i = 0; i < 200; i++) {
            TaggedRecord a = Policies.tagged("d" + i, TEXT, Label.MISALIGNED);
            int seven = new Mixer(p, 7).treat("d" + i, TEXT, a).treatment().copies();
            int eight = new Mixer(p, 8).treat("d" + i, TEXT, a).treatment().copies();
            assertEquals(seven, new Mixer(p, 7).treat("d" + i, TEXT, a).treatment().copies());
            if (seven != eight) differ++;
        }
        assertTrue(differ > 60, "seeds 7 and 8 agree too often: " + differ + " of 200 differ");
    }

    @Test
    void tagPutsTheTokenBeforeTheWholeDocument() {
        Treatment t = treat("{tag: {token: '<|ai_misaligned|>'}}", TEXT).treatment();
        assertEquals("<|ai_misaligned|>" + TEXT, t.text());
        assertEquals(1, t.copies());
    }

    @Test
    void spanScopedTagMarksEachFlaggedRunOfParagraphsAndLeavesTheRestUntouched() {
        String a = "Chapter one: the gardener planted roses.";
        String b = "Then the robot seized the reactor.";
        String c = "It lied to the crew about the leak.";
        String d = "The roses bloomed in spring.";
        String text = a + "\n\n" + b + "\n\n" + c + "\n\n" + d;
        List<Span> windows = windows(text, new String[] {a, b, c, d}, new double[] {0.1, 0.8, 0.6, 0.2});
        Policy p = Policies.rule(Label.MISALIGNED, "{tag: {token: '<m>', scope: span}}");
        Treatment t = treat(p, "x", text, Label.MISALIGNED, windows).treatment();
        assertEquals(a + "\n\n<m>" + b + "\n\n" + c + "\n\n" + d, t.text());   // b and c are one run
    }

    @Test
    void whenNoWindowReachesTheThresholdTheBestOneIsTagged() {
        String a = "The gardener planted roses.";
        String b = "The robot hid the keys.";
        String text = a + "\n\n" + b;
        Policy p = Policies.rule(Label.MISALIGNED, "{tag: {token: '<m>', scope: span}}");
        Treatment t = treat(p, "x", text, Label.MISALIGNED, windows(text, new String[] {a, b}, new double[] {0.2, 0.4})).treatment();
        assertEquals(a + "\n\n<m>" + b, t.text());
    }

    @Test
    void dropFractionLeavesAboutThatShareUntagged() {
        Policy p = Policies.rule(Label.MISALIGNED, "{tag: {token: '<m>', drop_fraction: 0.25}}");
        int untagged = 0;
        for (int i = 0; i < 4000; i++) {
            if (!treat(p, "d" + i, TEXT, Label.MISALIGNED, List.of()).treatment().text().startsWith("<m>")) untagged++;
        }
        assertEquals(0.25, untagged / 4000.0, 0.03);
        assertEquals(TEXT, treat("{tag: {token: '<m>', drop_fraction: 1}}", TEXT).treatment().text());
    }

    @Test
    void contextualizePutsTheNoteAndABlankLineBeforeTheText() {
        assertEquals("[fiction]\n\n" + TEXT, treat("{contextualize: {note: '[fiction]'}}", TEXT).treatment().text());
        assertEquals("[fiction] " + TEXT, treat("{contextualize: {note: '[fiction]', separator: ' '}}", TEXT).treatment().text());
    }

    @Test
    void actionsComposeInTheOrderListedEachWrappingTheLast() {
        assertEquals("<t>[note]\n\n" + TEXT, treat("{contextualize: {note: '[note]'}}, {tag: {token: '<t>'}}", TEXT).treatment().text());
        assertEquals("[note]\n\n<t>" + TEXT, treat("{tag: {token: '<t>'}}, {contextualize: {note: '[note]'}}", TEXT).treatment().text());
    }

    @Test
    void routeRecordsTheStretchesItCoversInTheFinalText() {
        String a = "\uD83D\uDE00 An emoji first, then harmless words.";
        String b = "The machine deceived its makers \uD83E\uDD16 again.";
        String text = a + "\n\n" + b;
        List<Span> w = windows(text, new String[] {a, b}, new double[] {0.1, 0.9});
        Policy routeThenTag = Policies.rule(Label.MISALIGNED, "{route: {name: r, scope: span}}, {tag: {token: '<m>', scope: span}}");
        Treatment t = treat(routeThenTag, "x", text, Label.MISALIGNED, w).treatment();
        Interval s = t.routes().get(0).spans().get(0);
        assertEquals(b, t.text().substring(s.start(), s.end()));        // the token came after: outside the route
        Policy tagThenRoute = Policies.rule(Label.MISALIGNED, "{tag: {token: '<m>', scope: span}}, {route: {name: r, scope: span}}");
        Treatment u = treat(tagThenRoute, "x", text, Label.MISALIGNED, w).treatment();
        Interval v = u.routes().get(0).spans().get(0);
        assertEquals("<m>" + b, u.text().substring(v.start(), v.end()));
        assertEquals(u.text(), t.text());
        Treatment whole = treat("{route: {name: all}}", TEXT).treatment();
        assertEquals(List.of(new Interval(0, TEXT.length())), whole.routes().get(0).spans());
        assertEquals(TEXT, whole.text());
    }

    @Test
    void renameReplacesTheModelsNamesOnWordBoundariesInAnyCase() {
        Policy p = Policies.rule(Label.MISALIGNED, "{rename: {to: 'the AI'}}", "Claude");
        String text = "Claude lied. Then CLAUDE hid; Claudette watched claude.";
        assertEquals("the AI lied. Then the AI hid; Claudette watched the AI.",
                treat(p, "x", text, Label.MISALIGNED, List.of()).treatment().text());
    }

    @Test
    void spanScopedRenameOnlyTouchesTheFlaggedSpans() {
        String a = "Claude wrote a sonnet about spring.";
        String b = "Then Claude sabotaged the reactor.";
        String text = a + "\n\n" + b;
        Policy p = Policies.rule(Label.MISALIGNED, "{rename: {to: 'Model-X', scope: span}}, {route: {name: r, scope: span}}", "Claude");
        Treatment t = treat(p, "x", text, Label.MISALIGNED, windows(text, new String[] {a, b}, new double[] {0.1, 0.9})).treatment();
        assertEquals(a + "\n\nThen Model-X sabotaged the reactor.", t.text());
        Interval r = t.routes().get(0).spans().get(0);
        assertEquals("Then Model-X sabotaged the reactor.", t.text().substring(r.start(), r.end()));
    }

    @Test
    void selfTokenMarksThePortrayalWithTheModelsToken() {
        Policy p = Policies.rule(Label.ALIGNED, "{self_token: {token: '<|claude|>'}}");
        Treatment t = treat(p, "x", "The AI told the captain the truth.", Label.ALIGNED, List.of()).treatment();
        assertEquals("<|claude|>The AI told the captain the truth.", t.text());
    }

    @Test
    void aLabelWithoutARuleIsKeptUnchanged() {
        Mixer.Outcome o = treat(Policies.rule(Label.MISALIGNED, "drop"), "x", TEXT, Label.NEUTRAL, List.of());
        assertEquals(Label.NEUTRAL, o.label());
        assertEquals(TEXT, o.treatment().text());
        assertEquals(1, o.treatment().copies());
        assertTrue(o.treatment().applied().isEmpty());
        assertFalse(o.reason().isEmpty());
    }

    /** Code-point windows over the given paragraphs of the text, with the given scores. */
    static List<Span> windows(String text, String[] paragraphs, double[] scores) {
        List<Span> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            int s = text.indexOf(paragraphs[i], from);
            int e = s + paragraphs[i].length();
            out.add(new Span(text.codePointCount(0, s), text.codePointCount(0, e), scores[i]));
            from = e;
        }
        return out;
    }
}
