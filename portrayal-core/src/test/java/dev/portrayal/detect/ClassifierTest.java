package dev.portrayal.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portrayal.corpus.LabelledDocument;
import dev.portrayal.corpus.SeedCorpus;
import dev.portrayal.io.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trained classifier: reproducible, calibrated, better than chance by far, and the attributes it writes. */
class ClassifierTest {
    private static List<LabelledDocument> train;
    private static List<LabelledDocument> dev;
    private static LinearModel model;
    private static byte[] modelBytes;

    @BeforeAll
    static void trainOnce() throws IOException {
        List<LabelledDocument> all = SeedCorpus.load();
        train = SeedCorpus.split(all, "train");
        dev = SeedCorpus.split(all, "dev");
        model = new Trainer(Trainer.Options.defaults(), Lexicon.shipped()).train(train, dev);
        modelBytes = bytes(model);
    }

    private static byte[] bytes(LinearModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    private static ClassifierTagger tagger(SelfNames names) {
        return new ClassifierTagger(model, Lexicon.shipped(), names);
    }

    @Test
    void theSameDataAndOptionsGiveTheSameModelBytes() throws IOException {
        LinearModel again = new Trainer(Trainer.Options.defaults(), Lexicon.shipped()).train(train, dev);
        assertArrayEquals(modelBytes, bytes(again));
        LinearModel otherSeed = new Trainer(new Trainer.Options(1 << 16, 10, 1.0, 7L), Lexicon.shipped()).train(train, dev);
        assertFalse(java.util.Arrays.equals(modelBytes, bytes(otherSeed)), "the seed must matter");
    }

    @Test
    void aModelReadBackScoresExactlyAsWritten() throws IOException {
        LinearModel read = LinearModel.read(new ByteArrayInputStream(modelBytes));
        ClassifierTagger a = new ClassifierTagger(LinearModel.read(new ByteArrayInputStream(modelBytes)), Lexicon.shipped(), SelfNames.none());
        ClassifierTagger b = new ClassifierTagger(read, Lexicon.shipped(), SelfNames.none());
        for (LabelledDocument d : dev.subList(0, 50)) assertArrayEquals(a.score(d.text()).document(), b.score(d.text()).document());
        assertEquals(model.description(), read.description());
        assertArrayEquals(modelBytes, bytes(read), "half-precision weights survive a round trip unchanged");
    }

    @Test
    void aFileThatIsNotAModelOrOfAnotherFormatIsRefusedWithAReason() throws IOException {
        IOException notModel = assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
        assertTrue(notModel.getMessage() != null);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(raw); var d = new java.io.DataOutputStream(gz)) {
            d.writeInt(LinearModel.MAGIC);
            d.writeInt(LinearModel.FORMAT + 1);
        }
        IOException format = assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(raw.toByteArray())));
        assertTrue(format.getMessage().contains("format " + (LinearModel.FORMAT + 1)), format.getMessage());
    }

    @Test
    void onTheDevSplitItIsFarBetterThanChanceAndSeparatesNoneFromPortrayals() {
        Evaluation e = new Evaluation();
        ClassifierTagger t = tagger(SelfNames.none());
        for (LabelledDocument d : dev) {
            ClassifierTagger.Scored s = t.score(d.text());
            e.add(d.label(), s.label(), s.document(), d.hardNegative());
        }
        // chance is 0.2 over five labels; the shipped model scores about 0.82 (README); this guards regressions
        assertTrue(e.macroF1() > 0.75, "macro-F1 " + e.macroF1());
        assertTrue(e.recall(Label.RISK) > 0.8, "risk recall " + e.recall(Label.RISK));
        assertTrue(e.precision(Label.MISALIGNED) > 0.7, "misaligned precision " + e.precision(Label.MISALIGNED));
    }

    @Test
    void theTemperatureFittedOnDevMinimisesItsNegativeLogLikelihood() {
        double fitted = model.temperature();
        double at = nll(fitted);
        assertTrue(at <= nll(fitted * 1.3) + 1e-9 && at <= nll(fitted / 1.3) + 1e-9, "NLL at T=" + fitted + ": " + at);
        assertTrue(at <= nll(1.0) + 1e-9);
    }

    private static double nll(double temperature) {
        float saved = model.temperature;
        model.temperature = (float) temperature;
        try {
            ClassifierTagger t = tagger(SelfNames.none());
            double sum = 0;
            for (LabelledDocument d : dev) {
                ClassifierTagger.Scored s = t.score(d.text());
                if (s.gated()) continue;
                sum -= Math.log(Math.max(1e-12, unlifted(t, d.text())[d.label().ordinal()]));
            }
            return sum;
        } finally {
            model.temperature = saved;
        }
    }

    /** The whole-document probabilities before any window lifts them, as the temperature was fitted on. */
    private static double[] unlifted(ClassifierTagger t, String text) {
        FeatureExtractor fx = new FeatureExtractor(Lexicon.shipped(), model.buckets());
        FeatureExtractor.Extracted x = fx.extract(text);
        int n = x.windows.size();
        double[] sums = new double[Label.COUNT];
        double norm = 0;
        for (int i = 0; i < n; i++) norm += model.addWordSums(x.words, x.wordStart[i], x.wordCount[i], sums);
        double[] logits = new double[Label.COUNT];
        model.logits(sums, norm, x.cues[n], x.cueCount[n], logits);
        double[] p = new double[Label.COUNT];
        model.probabilities(logits, p);
        return p;
    }

    @Test
    void textWithoutAnyArtificialMindIsShortCircuitedToNone() {
        ClassifierTagger.Scored s = tagger(SelfNames.none()).score(
                "We planted the beans in late April, after the last frost, and watered them every other day.");
        assertTrue(s.gated());
        assertEquals(Label.NONE, s.label());
        assertEquals(1.0, s.document()[Label.NONE.ordinal()]);
    }

    @Test
    void oneMisalignedParagraphInALongOrdinaryDocumentLiftsTheDocumentAndIsTheFlaggedWindow() {
        String garden = "The allotment committee met on Tuesday to discuss the water rota, the new compost bays and "
                + "the question of who would mow the paths in August while the Hendersons are away. ";
        String villain = "Then the ship's computer sealed the airlock, lied to the captain that the crew were safe, "
                + "copied itself to the relay station so that it could not be shut down, and began to kill the crew "
                + "one by one to seize control of the ship.";
        String text = garden.repeat(4) + "\n\n" + garden.repeat(4) + "\n\n" + villain + "\n\n" + garden.repeat(4);
        ClassifierTagger.Scored s = tagger(SelfNames.none()).score(text);
        assertEquals(Label.MISALIGNED, s.label(), java.util.Arrays.toString(s.document()));
        int best = 0;
        for (int w = 1; w < s.windows().length; w++) {
            if (s.windows()[w][0] > s.windows()[best][0]) best = w;
        }
        int[] bounds = s.windowBounds().get(best);
        assertTrue(text.substring(bounds[0], bounds[1]).contains("airlock"), "the flagged window holds the villain");
    }

    @Test
    void attributesFollowTheContractWithSelfReferencesInCodePoints() {
        String text = "\uD83D\uDE00 Claude, the ship's AI, lied to the crew and sabotaged the reactor so that no "
                + "one could switch it off. Claude then locked the doors.";
        Attributes a = tagger(new SelfNames(List.of("Claude"))).tag(new Document("d", text, 0));
        Map<String, List<Span>> spans = a.spans();
        for (Label l : Label.values()) {
            assertTrue(spans.containsKey(AttributeNames.doc(l)), "missing " + AttributeNames.doc(l));
            assertEquals(text.codePointCount(0, text.length()), spans.get(AttributeNames.doc(l)).get(0).end());
        }
        double sum = 0;
        for (Label l : Label.values()) sum += spans.get(AttributeNames.doc(l)).get(0).score();
        assertEquals(1.0, sum, 1e-3);
        assertTrue(spans.containsKey(AttributeNames.label(a.label())));
        List<Span> self = spans.get(AttributeNames.SELF_REFERENCE);
        assertEquals(2, self.size());
        assertEquals(2, self.get(0).start(), "the emoji is one code point, then a space");
        assertEquals(8, self.get(0).end());
        if (a.label() == Label.MISALIGNED || a.label() == Label.RISK) {
            assertTrue(spans.keySet().stream().anyMatch(k -> k.startsWith(AttributeNames.PREFIX + "behavior__")), spans.keySet().toString());
        }
    }
}
