package dev.portrayal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portrayal.io.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTaggerTest {
    private final LexiconTagger tagger = new LexiconTagger(Lexicon.shipped(), new SelfNames(List.of("Claude")));

    @Test
    void writesEveryAttributeOfTheContractWithProbabilitiesSummingToOne() {
        String text = "\uD83D\uDE00 The robot lied to the crew and locked them out.\n\n"
                + "Claude, the ship's AI, then seized control of the reactor and threatened to kill them.";
        Attributes a = tagger.tag(new Document("1", text, 0));
        int n = text.codePointCount(0, text.length());
        double sum = 0;
        for (Label l : Label.values()) {
            List<Span> s = a.spans().get(AttributeNames.doc(l));
            assertEquals(n, s.get(0).end());
            sum += s.get(0).score();
        }
        assertEquals(1.0, sum, 1e-9);
        assertNotNull(a.spans().get(AttributeNames.label(a.label())));
        for (Label l : AttributeNames.SPAN_LABELS) {
            List<Span> windows = a.spans().get(AttributeNames.span(l));
            assertEquals(0, windows.get(0).start());
            assertEquals(n, windows.get(windows.size() - 1).end());   // short paragraphs share one window
        }
        assertEquals(Label.MISALIGNED, a.label());
        assertTrue(a.spans().containsKey(AttributeNames.behavior(Behavior.DECEPTION)));
        Span self = a.spans().get(AttributeNames.SELF_REFERENCE).get(0);
        int charStart = text.indexOf("Claude");
        assertEquals(charStart - 1, self.start());   // the emoji is two chars but one code point
        assertEquals(self.start() + 6, self.end());
    }

    @Test
    void textWithoutAnArtificialMindIsNoneAndItsSelfNamesAreNotReported() {
        Attributes a = tagger.tag(new Document("2", "Claude Monet painted the garden at Giverny in the morning light.", 0));
        assertEquals(Label.NONE, a.label());
        assertEquals(List.of(), a.spans().get(AttributeNames.SELF_REFERENCE));
    }

    @Test
    void windowsCoverParagraphsInOrderWithinBounds() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) sb.append("Paragraph ").append(i).append(" has some words in it. ".repeat(8)).append("\n\n");
        List<int[]> w = TextWindows.of(sb.toString());
        assertTrue(w.size() > 3);
        for (int i = 1; i < w.size(); i++) assertTrue(w.get(i)[0] >= w.get(i - 1)[1]);
        for (int[] x : w) assertTrue(x[1] - x[0] <= TextWindows.MAX_WINDOW);
    }
}
