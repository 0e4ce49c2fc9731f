package dev.portrayal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static List<String> minds(Lexicon lexicon, String text) {
        List<String> out = new ArrayList<>();
        lexicon.scan(text, (cue, s, e) -> {
            if (cue.kind() == Cue.Kind.MIND || cue.kind() == Cue.Kind.MIND_WEAK) out.add(text.substring(s, e));
        });
        return out;
    }

    @Test
    void mindWordsInsideAnOtherSensePhraseAreNotReported() throws Exception {
        Lexicon l = Lexicon.parse(new ByteArrayInputStream(
                "android*\tmind\nrobot\tmind\nlied\tbehavior:deception\nandroid phone*\tother_sense\nlike a robot\tother_sense\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), minds(l, "My Android phone won't charge, and I worked like a robot all day."));
        assertEquals(List.of("android", "robot"), minds(l, "The android lied; the robot did too, on my Android phones."));
        List<Cue.Kind> kinds = new ArrayList<>();
        l.scan("an Android phone lied", (cue, s, e) -> kinds.add(cue.kind()));
        assertEquals(List.of(Cue.Kind.BEHAVIOR), kinds);   // other-sense phrases are not reported themselves
    }

    @Test
    void aMindPhraseWrittenInCapitalsIsCertainOnlyWhereTheTextHasThem() throws Exception {
        Lexicon l = Lexicon.parse(new ByteArrayInputStream("AI\tmind\nthe AI\tmind\n".getBytes(StandardCharsets.UTF_8)));
        List<Cue.Kind> kinds = new ArrayList<>();
        l.scan("The AI spoke. The ai sloth slept. We visited Ai.", (cue, s, e) -> kinds.add(cue.kind()));
        assertEquals(List.of(Cue.Kind.MIND, Cue.Kind.MIND, Cue.Kind.MIND_WEAK, Cue.Kind.MIND_WEAK, Cue.Kind.MIND_WEAK), kinds);
    }

    @Test
    void aPhraseListedTwiceIsRefusedWithBothLines() {
        IOException e = assertThrows(IOException.class, () -> Lexicon.parse(
                new ByteArrayInputStream("# header\nAI\tmind\nrobot\tmind\nai\trisk\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("lexicon line 4: 'ai' is already on line 2", e.getMessage());
    }

    @Test
    void theShippedLexiconLetsThroughMachinesNamedOnlyByTheirMaterialOrGadget() {
        Lexicon l = Lexicon.shipped();
        assertEquals(List.of("brass"), minds(l, "When the doctor came up the drive, the brass butler bolted the gates."));
        assertEquals(List.of("sat-nav"), minds(l, "\"Turn left,\" said the sat-nav, and then, after a pause, it apologised."));
        assertEquals(List.of(), minds(l, "We planted the beans in late April and watered them every other day."));
    }

    @Test
    void theShippedLexiconKnowsCommonOtherSenses() {
        Lexicon l = Lexicon.shipped();
        assertEquals(List.of(), minds(l, "Setting up your new Android phone: download it for iOS and Android. We accept .ai files."));
        String text = "She danced like a robot while the robot watched.";
        List<Integer> starts = new ArrayList<>();
        l.scan(text, (cue, s, e) -> {
            if (cue.kind() == Cue.Kind.MIND) starts.add(s);
        });
        assertEquals(false, starts.isEmpty());
        for (int s : starts) assertEquals(text.lastIndexOf("robot"), s);
    }
}
