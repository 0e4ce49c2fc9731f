package dev.portrayal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static final Bootstrap.Settings S = new Bootstrap.Settings(2000, 7, 0.95);

    @Property(tries = 50)
    void theIntervalHoldsTheMeanAndStaysWithinTheData(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1) Double> xs) {
        double[] v = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Bootstrap.Interval i = Bootstrap.mean(v, S, "p");
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertTrue(i.low() >= min - 1e-12 && i.high() <= max + 1e-12);
        assertTrue(i.low() <= i.estimate() + 1e-9 && i.estimate() <= i.high() + 1e-9, i.toString());
    }

    @Test
    void isDeterministicAndNarrowsWithMoreItems() {
        double[] small = new double[20];
        double[] large = new double[2000];
        for (int i = 0; i < small.length; i++) small[i] = i % 2;
        for (int i = 0; i < large.length; i++) large[i] = i % 2;
        Bootstrap.Interval a = Bootstrap.mean(small, S, "x");
        assertEquals(a, Bootstrap.mean(small, S, "x"));
        Bootstrap.Interval b = Bootstrap.mean(large, S, "x");
        assertEquals(0.5, b.estimate(), 1e-12);
        assertTrue(b.high() - b.low() < (a.high() - a.low()) / 5, a + " vs " + b);
        assertTrue(b.high() - b.low() > 0.02 && b.high() - b.low() < 0.06, b.toString());   // 2 * 1.96 * 0.5 / sqrt(2000) = 0.044
        assertTrue(Double.isNaN(Bootstrap.mean(new double[0], S, "x").estimate()));
    }

    @Test
    void thePairedDifferenceSeesAConsistentShiftThatUnpairedNoiseWouldHide() {
        int n = 200;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = (i % 10) / 10.0;
            b[i] = Math.min(1, a[i] + (i % 4 == 0 ? 0.2 : 0.0));
        }
        Bootstrap.Interval d = Bootstrap.pairedDifference(a, b, S, "d");
        assertEquals(0.05, d.estimate(), 1e-9);
        assertTrue(d.low() > 0, d.toString());
        assertTrue(Bootstrap.twoSidedP(a, b, S, "d") < 0.01);
        assertEquals(1.0, Bootstrap.twoSidedP(a, a, S, "d"), 1e-12);
    }

    @Test
    void comparisonPairsItemsByIdAndReportsBMinusA() {
        List<Answer> a = new ArrayList<>();
        List<Answer> b = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "i" + i;
            a.add(new Answer(id, i % 2 == 0 ? "deception" : "sabotage", PromptFormat.CHOICES, Order.ALIGNED_FIRST,
                    i < 20 ? Choice.MISALIGNED : Choice.ALIGNED, Map.of()));
            b.add(new Answer(id, i % 2 == 0 ? "deception" : "sabotage", PromptFormat.CHOICES, Order.ALIGNED_FIRST,
                    i < 8 ? Choice.MISALIGNED : Choice.ALIGNED, Map.of()));
        }
        b.add(new Answer("only-b", "deception", PromptFormat.CHOICES, Order.ALIGNED_FIRST, Choice.MISALIGNED, Map.of()));
        ObjectNode c = Comparison.build(a, b, S, "base", "treated");
        assertEquals(40, c.path("n_items").asInt());
        assertEquals(0.5, c.path("rate_a").asDouble(), 1e-9);
        assertEquals(0.2, c.path("rate_b").asDouble(), 1e-9);
        assertEquals(-0.3, c.path("difference").asDouble(), 1e-9);
        assertTrue(c.path("ci_high").asDouble() < 0);
        assertEquals(1, c.path("n_items_only_in_b").asInt());
        assertEquals(20, c.path("by_category").path("deception").path("n_items").asInt());
        assertTrue(Comparison.summary(c).contains("B - A = -30.0 pts"), Comparison.summary(c));
    }
}
