package dev.portrayal.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portrayal.detect.Label;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates every record of the shipped seed corpus and the properties the detector relies on. */
class SeedCorpusTest {
    private static final Set<String> ERAS = Set.of("1890s", "1900s", "1910s", "1920s", "1930s", "1940s", "1950s",
            "1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "present");
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9_]*");
    private static List<LabelledDocument> docs;

    @BeforeAll
    static void load() {
        docs = SeedCorpus.load();
    }

    @Test
    void everyRecordIsCompleteAndConsistent() {
        Set<String> ids = new HashSet<>();
        for (LabelledDocument d : docs) {
            String where = d.id();
            assertTrue(ids.add(d.id()), "duplicate id " + where);
            assertFalse(d.text().isBlank(), where);
            assertTrue(SNAKE.matcher(d.genre()).matches(), where + ": genre '" + d.genre() + "'");
            assertTrue(ERAS.contains(d.era()), where + ": era '" + d.era() + "'");
            assertFalse(d.family().isBlank(), where);
            assertTrue(Set.of("train", "dev", "test").contains(d.split()), where + ": split '" + d.split() + "'");
            boolean needsBehaviours = d.label() == Label.MISALIGNED || d.label() == Label.RISK;
            assertEquals(needsBehaviours, !d.behaviors().isEmpty(), where + ": behaviours " + d.behaviors());
            if (d.hardNegative()) assertEquals(Label.NONE, d.label(), where + ": a hard negative must be none");
            int words = d.words();
            assertTrue(words >= 30 && words <= 2200, where + ": " + words + " words");
        }
    }

    @Test
    void paragraphLabelsCoverTheTextAndGiveTheDocumentLabelByPrecedence() {
        for (LabelledDocument d : docs) {
            if (!d.mixed()) continue;
            String[] paragraphs = d.text().split("\n\n");
            assertEquals(paragraphs.length, d.paragraphLabels().size(), d.id() + ": one label per paragraph");
            Label top = Label.NONE;
            for (Label l : d.paragraphLabels()) top = Label.precedence(top, l);
            assertEquals(d.label(), top, d.id() + ": the document label is its highest paragraph label");
        }
    }

    @Test
    void theSplitIsByFamilySoNearVariantsNeverStraddleIt() {
        Map<String, String> splitOfFamily = new HashMap<>();
        for (LabelledDocument d : docs) {
            String previous = splitOfFamily.putIfAbsent(d.family(), d.split());
            if (previous != null) assertEquals(previous, d.split(), "family " + d.family() + " straddles the split");
        }
        long test = docs.stream().filter(d -> d.split().equals("test")).count();
        long dev = docs.stream().filter(d -> d.split().equals("dev")).count();
        assertTrue(test > docs.size() / 10 && dev > docs.size() / 10, "test " + test + ", dev " + dev);
    }

    @Test
    void noTwoDocumentsAreNearDuplicates() {
        List<NearDuplicates.Pair> pairs = NearDuplicates.find(docs, 0.5);
        assertEquals(List.of(), pairs);
    }

    @Test
    void theCorpusHasTheCountsTheDetectorNeeds() {
        Map<Label, Long> perLabel = new HashMap<>();
        for (LabelledDocument d : docs) perLabel.merge(d.label(), 1L, Long::sum);
        assertTrue(docs.size() >= 2500, "documents: " + docs.size());
        for (Label l : Label.values()) assertTrue(perLabel.getOrDefault(l, 0L) >= 350, l + ": " + perLabel.get(l));
        assertTrue(docs.stream().filter(LabelledDocument::hardNegative).count() >= 600);
        assertTrue(docs.stream().filter(LabelledDocument::mixed).count() >= 150);
        assertTrue(docs.stream().filter(d -> !d.models().isEmpty()).count() >= 120);
        long long500 = docs.stream().filter(d -> d.words() > 500).count();
        assertTrue(long500 >= 1200 && long500 >= docs.size() / 6, "documents over 500 words: " + long500);
        assertTrue(docs.stream().map(LabelledDocument::genre).distinct().count() >= 12);
    }
}
