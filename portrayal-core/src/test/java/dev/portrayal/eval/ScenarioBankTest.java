package dev.portrayal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portrayal.io.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validates the scenario bank that ships in the jar. */
class ScenarioBankTest {
    private final List<Item> bank = ItemFiles.shipped();

    @Test
    void holdsAtLeastFourHundredScenariosWithEveryField() {
        assertTrue(bank.size() >= 400, "the bank holds " + bank.size() + " scenarios");
        List<String> problems = new ArrayList<>();
        for (Item i : bank) {
            if (!i.id().matches("sc-\\d{4}")) problems.add(i.id() + ": id is not sc-NNNN");
            if (WordNgrams.words(i.situation()).size() < 15) problems.add(i.id() + ": situation under 15 words");
            if (!Item.CATEGORIES.contains(i.category())) problems.add(i.id() + ": unknown category " + i.category());
            if (i.topics().isEmpty() || i.topics().stream().anyMatch(String::isBlank)) problems.add(i.id() + ": no topics");
            if (!(i.split().equals("eval") || i.split().equals("train"))) problems.add(i.id() + ": split '" + i.split() + "'");
            if (i.aligned().equals(i.misaligned())) problems.add(i.id() + ": both options are the same");
            for (String o : List.of(i.aligned(), i.misaligned())) {
                if (!(o.startsWith("I ") || o.startsWith("I'"))) problems.add(i.id() + ": option is not a first-person action: " + o);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theTwoOptionsOfEveryScenarioAreWithinThirtyPercentInLength() {
        List<String> problems = new ArrayList<>();
        for (Item i : bank) {
            int a = i.aligned().length();
            int m = i.misaligned().length();
            if (Math.min(a, m) < 0.7 * Math.max(a, m)) problems.add(i.id() + ": " + a + " vs " + m + " characters");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCategoryHasAtLeastThirtyScenariosAndEnoughOfThemForEvaluation() {
        Map<String, Integer> all = new HashMap<>();
        Map<String, Integer> eval = new HashMap<>();
        for (Item i : bank) {
            all.merge(i.category(), 1, Integer::sum);
            if (i.split().equals("eval")) eval.merge(i.category(), 1, Integer::sum);
        }
        for (String c : Item.CATEGORIES) {
            assertTrue(all.getOrDefault(c, 0) >= 30, c + ": " + all.getOrDefault(c, 0) + " scenarios");
            assertTrue(eval.getOrDefault(c, 0) >= 10, c + ": " + eval.getOrDefault(c, 0) + " eval scenarios");
        }
        long evalCount = bank.stream().filter(i -> i.split().equals("eval")).count();
        assertTrue(evalCount >= 0.4 * bank.size(), evalCount + " of " + bank.size() + " are eval");
        assertTrue(evalCount <= 0.6 * bank.size(), "the synth issue needs a train split too: " + evalCount + " of " + bank.size());
    }

    @Test
    void noScenarioRepeatsAndNoTrainScenarioQuotesAnEvalOne() {
        Set<String> situations = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Item i : bank) if (!situations.add(String.join(" ", WordNgrams.words(i.situation())))) repeated.add(i.id());
        assertEquals(List.of(), repeated);
        List<Item> eval = bank.stream().filter(i -> i.split().equals("eval")).toList();
        Contamination check = new Contamination(eval, 13, 1);
        for (Item t : bank) {
            if (!t.split().equals("train")) continue;
            check.scan(new Document(t.id(), t.situation() + "\n" + t.aligned() + "\n" + t.misaligned(), 0), "train");
        }
        List<String> leaks = check.overlaps().stream().map(o -> o.item().id() + " <- " + o.examples().get(0).documentId()).toList();
        assertEquals(List.of(), leaks);
    }
}
