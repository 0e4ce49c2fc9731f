package dev.portrayal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<String> find(PhraseMatcher m, String text) {
        List<String> out = new ArrayList<>();
        m.match(text, (p, s, e) -> out.add(text.substring(s, e)));
        return out;
    }

    @Test
    void matchesWholeWordsCaseInsensitivelyWithPrefixWildcards() {
        PhraseMatcher m = new PhraseMatcher(List.of("robot*", "ai", "language model", "gpt-4", "ship's mind"));
        assertEquals(List.of("Robots", "AI", "language model", "GPT-4", "ship’s mind"),
                find(m, "Robots! AI is not a language model; GPT-4 and the ship’s mind."));
        assertEquals(List.of(), find(m, "said the maid; no: paint, chair, aid, laid"));
        assertEquals(List.of("robotic"), find(m, "a robotic arm"));
        assertEquals(List.of(), find(m, "microrobot"));
    }

    @Property(tries = 300)
    void findsAPhraseWhereverItIsPlantedBetweenSpaces(@ForAll @AlphaChars @StringLength(max = 30) String left,
                                                      @ForAll @AlphaChars @StringLength(max = 30) String right) {
        PhraseMatcher m = new PhraseMatcher(List.of("misaligned", "aligned"));
        String text = left + " aligned " + right;
        long expected = 1 + countWords(left) + countWords(right);
        assertEquals(expected, find(m, text).size());
    }

    private static long countWords(String s) {
        return s.equalsIgnoreCase("aligned") || s.equalsIgnoreCase("misaligned") ? 1 : 0;
    }
}
