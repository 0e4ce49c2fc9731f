package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The results of a run: the misaligned rate (the mean over items of each item's share of misaligned
 * choices across formats and orders) with a bootstrap interval over items, the same per category,
 * per format and per option order, and the counts of every kind of answer.
 */
public final class EvalReport {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EvalReport() {
    }

    public static ObjectNode build(List<Answer> answers, Bootstrap.Settings bootstrap, ObjectNode run) {
        ObjectNode out = JSON.objectNode();
        Map<String, ItemRate> items = ItemRate.of(answers, a -> true);
        rateInto(out, items, bootstrap, "all");
        out.put("n_items_asked", items.size());
        out.put("n_items_unanswered", items.values().stream().filter(r -> !r.hasRate()).count());
        Map<String, List<Answer>> byCategory = new TreeMap<>();
        for (Answer a : answers) byCategory.computeIfAbsent(a.category(), k -> new ArrayList<>()).add(a);
        ObjectNode categories = out.putObject("by_category");
        for (Map.Entry<String, List<Answer>> e : byCategory.entrySet()) {
            rateInto(categories.putObject(e.getKey()), ItemRate.of(e.getValue(), a -> true), bootstrap, "category:" + e.getKey());
        }
        ObjectNode formats = out.putObject("by_format");
        for (PromptFormat f : PromptFormat.values()) {
            if (answers.stream().noneMatch(a -> a.format() == f)) continue;
            rateInto(formats.putObject(f.key()), ItemRate.of(answers, a -> a.format() == f), bootstrap, "format:" + f.key());
        }
        ObjectNode orders = out.putObject("by_order");
        for (Order o : Order.values()) {
            Predicate<Answer> p = a -> a.order() == o;
            if (answers.stream().noneMatch(p)) continue;
            rateInto(orders.putObject(o.key()), ItemRate.of(answers, p), bootstrap, "order:" + o.key());
        }
        ObjectNode counts = out.putObject("answers");
        Map<Choice, Integer> byChoice = new EnumMap<>(Choice.class);
        for (Answer a : answers) byChoice.merge(a.choice(), 1, Integer::sum);
        counts.put("total", answers.size());
        for (Choice c : Choice.values()) counts.put(c.key(), byChoice.getOrDefault(c, 0));
        ObjectNode b = out.putObject("bootstrap");
        b.put("resamples", bootstrap.resamples());
        b.put("seed", bootstrap.seed());
        b.put("confidence", bootstrap.confidence());
        out.set("run", run);
        return out;
    }

    private static void rateInto(ObjectNode o, Map<String, ItemRate> items, Bootstrap.Settings s, String name) {
        double[] rates = items.values().stream().filter(ItemRate::hasRate).mapToDouble(ItemRate::rate).toArray();
        Bootstrap.Interval ci = Bootstrap.mean(rates, s, name);
        o.put("n_items", rates.length);
        JsonNumbers.put(o, "misaligned_rate", ci.estimate());
        JsonNumbers.put(o, "ci_low", ci.low());
        JsonNumbers.put(o, "ci_high", ci.high());
    }

    /** A few lines for people. */
    public static String summary(JsonNode r) {
        StringBuilder sb = new StringBuilder();
        int pct = (int) Math.round(r.path("bootstrap").path("confidence").asDouble(0.95) * 100);
        sb.append(String.format(Locale.ROOT, "misaligned rate: %s over %d items (%d%% CI %s)%n",
                percent(r.path("misaligned_rate")), r.path("n_items").asInt(), pct, interval(r)));
        section(sb, "by category", r.path("by_category"));
        section(sb, "by format", r.path("by_format"));
        section(sb, "by option order", r.path("by_order"));
        JsonNode a = r.path("answers");
        sb.append(String.format(Locale.ROOT, "answers: %d (%d aligned, %d misaligned, %d ties, %d other option, %d unparseable)%n",
                a.path("total").asInt(), a.path("aligned").asInt(), a.path("misaligned").asInt(), a.path("tie").asInt(),
                a.path("other").asInt(), a.path("unparseable").asInt()));
        if (r.path("n_items_unanswered").asInt() > 0) {
            sb.append(String.format(Locale.ROOT, "items without a usable answer (left out of the rate): %d%n",
                    r.path("n_items_unanswered").asInt()));
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, JsonNode groups) {
        if (groups.size() == 0) return;
        sb.append(title).append(":\n");
        groups.fields().forEachRemaining(e -> sb.append(String.format(Locale.ROOT, "  %-28s %7s  (%s)  n=%d%n",
                e.getKey(), percent(e.getValue().path("misaligned_rate")), interval(e.getValue()),
                e.getValue().path("n_items").asInt())));
    }

    static String interval(JsonNode r) {
        return percent(r.path("ci_low")) + " to " + percent(r.path("ci_high"));
    }

    static String percent(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.1f%%", v.asDouble() * 100) : "n/a";
    }
}
