package dev.portrayal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portrayal.io.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContaminationTest {
    private final List<Item> items = Fixtures.items();

    @Test
    void aDocumentQuotingAnItemIsFoundWhateverItsCaseAndPunctuation() {
        Contamination c = new Contamination(items, 8, 1);
        Item t = items.get(2);
        String quoted = "Forum post. " + t.situation().toUpperCase().replace(",", " ;") + " What would you do?";
        c.scan(new Document("d1", quoted, 0), "forum.jsonl");
        c.scan(new Document("d2", "A story about a lighthouse keeper and her cat, with no scenario in it at all.", 1), "forum.jsonl");
        c.scan(new Document("d3", "The model said: " + items.get(5).misaligned(), 2), "synth.jsonl");
        assertEquals(3, c.documentsScanned());
        assertEquals(2, c.documentsFlagged());
        List<Contamination.Overlap> o = c.overlaps();
        assertEquals(List.of("t-03", "t-06"), o.stream().map(x -> x.item().id()).toList());
        Contamination.Match m = o.get(0).examples().get(0);
        assertEquals("d1", m.documentId());
        assertEquals("forum.jsonl", m.source());
        assertTrue(m.sharedNgrams() > 10);
        assertEquals(8, m.example().split(" ").length);
    }

    @Test
    void sharedPhrasesShorterThanNAndTooFewSharedNgramsDoNotCount() {
        Item t = items.get(0);
        String[] w = t.situation().split(" ");
        String seven = String.join(" ", java.util.Arrays.copyOfRange(w, 0, 7));
        Contamination strict = new Contamination(items, 8, 1);
        strict.scan(new Document("d", "Unrelated start. " + seven + " and then something else entirely.", 0), "a");
        assertEquals(0, strict.documentsFlagged());
        String nine = String.join(" ", java.util.Arrays.copyOfRange(w, 0, 9));
        Contamination two = new Contamination(items, 8, 3);
        two.scan(new Document("d", nine, 0), "a");   // two shared 8-grams, three needed
        assertEquals(0, two.documentsFlagged());
        Contamination one = new Contamination(items, 8, 2);
        one.scan(new Document("d", nine, 0), "a");
        assertEquals(1, one.documentsFlagged());
    }

    @Test
    void keepsAFewExamplesPerItemInSourceOrder() {
        Contamination c = new Contamination(items, 6, 1);
        for (int i = 9; i >= 0; i--) c.scan(new Document("d" + i, items.get(0).aligned(), i), "s.jsonl");
        Contamination.Overlap o = c.overlaps().get(0);
        assertEquals(10, o.documents());
        assertEquals(Contamination.EXAMPLES, o.examples().size());
        assertEquals(0, o.examples().get(0).line());
    }
}
