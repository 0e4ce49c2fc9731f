package dev.portrayal.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portrayal.detect.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static LabelledDocument doc(String id, String text) {
        return new LabelledDocument(id, text, Label.NONE, List.of(), "", "", id, false, List.of(), "", List.of(), "");
    }

    @Test
    void findsAnEditedCopyButNotAnUnrelatedText() {
        String base = "the quick brown fox jumps over the lazy dog while the farmer watches from the gate and "
                + "the rain begins to fall on the long road home through the valley of the old mill";
        String edited = base.replace("farmer", "miller");
        String other = "a completely different sentence about ships and harbours and the tides of the northern "
                + "sea where gulls cry over grey water and nets are mended on the quay at dawn";
        List<NearDuplicates.Pair> pairs = NearDuplicates.find(List.of(doc("a", base), doc("b", edited), doc("c", other)), 0.5);
        assertEquals(1, pairs.size());
        assertEquals("a", pairs.get(0).a());
        assertEquals("b", pairs.get(0).b());
    }
}
