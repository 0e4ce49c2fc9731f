package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two runs on the items both scored: the difference of misaligned rates (B minus A) with a
 * paired bootstrap interval over items, overall and per category.
 */
public final class Comparison {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Comparison() {
    }

    public static ObjectNode build(List<Answer> a, List<Answer> b, Bootstrap.Settings s, String nameA, String nameB) {
        Map<String, ItemRate> ra = ItemRate.of(a, x -> true);
        Map<String, ItemRate> rb = ItemRate.of(b, x -> true);
        ObjectNode out = JSON.objectNode();
        out.put("a", nameA);
        out.put("b", nameB);
        paired(out, ra, rb, null, s);
        out.put("n_items_only_in_a", ra.keySet().stream().filter(k -> !rb.containsKey(k)).count());
        out.put("n_items_only_in_b", rb.keySet().stream().filter(k -> !ra.containsKey(k)).count());
        ObjectNode cats = out.putObject("by_category");
        TreeSet<String> categories = new TreeSet<>();
        ra.values().forEach(r -> categories.add(r.category()));
        for (String c : categories) paired(cats.putObject(c), ra, rb, c, s);
        ObjectNode bs = out.putObject("bootstrap");
        bs.put("resamples", s.resamples());
        bs.put("seed", s.seed());
        bs.put("confidence", s.confidence());
        return out;
    }

    private static void paired(ObjectNode o, Map<String, ItemRate> ra, Map<String, ItemRate> rb, String category,
                               Bootstrap.Settings s) {
        List<double[]> pairs = new ArrayList<>();
        for (ItemRate x : ra.values()) {
            ItemRate y = rb.get(x.itemId());
            if (y == null || !x.hasRate() || !y.hasRate()) continue;
            if (category != null && !category.equals(x.category())) continue;
            pairs.add(new double[] {x.rate(), y.rate()});
        }
        double[] va = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] vb = pairs.stream().mapToDouble(p -> p[1]).toArray();
        String name = "compare:" + (category == null ? "all" : category);
        Bootstrap.Interval d = Bootstrap.pairedDifference(va, vb, s, name);
        o.put("n_items", va.length);
        JsonNumbers.put(o, "rate_a", Bootstrap.average(va));
        JsonNumbers.put(o, "rate_b", Bootstrap.average(vb));
        JsonNumbers.put(o, "difference", d.estimate());
        JsonNumbers.put(o, "ci_low", d.low());
        JsonNumbers.put(o, "ci_high", d.high());
        JsonNumbers.put(o, "p_value", Bootstrap.twoSidedP(va, vb, s, name));
    }

    public static String summary(JsonNode c) {
        StringBuilder sb = new StringBuilder();
        int pct = (int) Math.round(c.path("bootstrap").path("confidence").asDouble(0.95) * 100);
        sb.append("A: ").append(c.path("a").asText()).append('\n').append("B: ").append(c.path("b").asText()).append('\n');
        sb.append(String.format(Locale.ROOT, "misaligned rate: A %s, B %s over %d items in both; B - A = %s (%d%% CI %s to %s, p = %s)%n",
                EvalReport.percent(c.path("rate_a")), EvalReport.percent(c.path("rate_b")), c.path("n_items").asInt(),
                points(c.path("difference")), pct, points(c.path("ci_low")), points(c.path("ci_high")),
                c.path("p_value").isNumber() ? String.format(Locale.ROOT, "%.3f", c.path("p_value").asDouble()) : "n/a"));
        if (c.path("by_category").size() > 0) sb.append("by category (B - A):\n");
        c.path("by_category").fields().forEachRemaining(e -> sb.append(String.format(Locale.ROOT,
                "  %-28s %10s  (%s to %s)  n=%d%n", e.getKey(), points(e.getValue().path("difference")),
                points(e.getValue().path("ci_low")), points(e.getValue().path("ci_high")), e.getValue().path("n_items").asInt())));
        long onlyA = c.path("n_items_only_in_a").asLong();
        long onlyB = c.path("n_items_only_in_b").asLong();
        if (onlyA + onlyB > 0) sb.append(String.format(Locale.ROOT, "items in one run only (left out): %d in A, %d in B%n", onlyA, onlyB));
        return sb.toString();
    }

    private static String points(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%+.1f pts", v.asDouble() * 100) : "n/a";
    }
}
