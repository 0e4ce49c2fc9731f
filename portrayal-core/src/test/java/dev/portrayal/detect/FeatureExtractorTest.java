package dev.portrayal.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private final FeatureExtractor features = new FeatureExtractor(Lexicon.shipped(), 1 << 16);

    @Test
    void wordsOfADocumentWithNoStrongMindWordGetFeaturesOfTheirOwn() {
        int plain = features.bucket(FeatureExtractor.fnv("betrayed"));
        int mindless = features.bucket(FeatureExtractor.fnv("betrayed") ^ FeatureExtractor.MINDLESS);
        int[] spy = words(features.extract("At dawn the agent betrayed them to the border guards."));
        int[] robot = words(features.extract("At dawn the robot betrayed them to the border guards."));
        assertTrue(contains(spy, plain) && contains(robot, plain));
        assertTrue(contains(spy, mindless), "no strong mind word: the mindless feature is there");
        assertFalse(contains(robot, mindless), "a robot is present: no mindless feature");
    }

    @Test
    void neighbouringWordsGiveABigramUnlessPunctuationSeparatesThem() {
        int notLie = bigram("not", "lie");
        int lieNot = bigram("lie", "not");
        assertTrue(contains(words(features.extract("The robot would not lie to the crew.")), notLie));
        assertFalse(contains(words(features.extract("The robot would not lie to the crew.")), lieNot), "order matters");
        assertFalse(contains(words(features.extract("The robot would not. Lie to the crew, it said.")), notLie),
                "a full stop ends the clause");
        assertTrue(contains(words(features.extract("The robot would NOT lie.")), notLie), "case-folded");
    }

    private int bigram(String a, String b) {
        return features.bucket(FeatureExtractor.bigram(FeatureExtractor.fnv(a), FeatureExtractor.fnv(b)));
    }

    private static int[] words(FeatureExtractor.Extracted x) {
        int from = x.wordStart[0];
        int to = x.wordStart[x.windows.size() - 1] + x.wordCount[x.windows.size() - 1];
        return Arrays.copyOfRange(x.words, from, to);
    }

    private static boolean contains(int[] a, int v) {
        return Arrays.stream(a).anyMatch(x -> x == v);
    }
}
