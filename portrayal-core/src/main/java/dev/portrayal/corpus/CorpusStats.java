package dev.portrayal.corpus;

import dev.portrayal.detect.Label;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts that describe a labelled corpus, for `portrayal corpus stats`. */
public final class CorpusStats {
    private CorpusStats() {
    }

    public static String lengthBand(int words) {
        return words < 120 ? "a. <120 words" : words < 500 ? "b. 120-499" : words <= 1000 ? "c. 500-1000" : "d. >1000";
    }

    public static Map<String, Long> countBy(List<LabelledDocument> docs, Function<LabelledDocument, String> key) {
        Map<String, Long> m = new TreeMap<>();
        for (LabelledDocument d : docs) m.merge(key.apply(d), 1L, Long::sum);
        return m;
    }

    public static String report(List<LabelledDocument> docs, List<NearDuplicates.Pair> duplicates, double threshold) {
        StringBuilder sb = new StringBuilder();
        sb.append("documents: ").append(docs.size()).append('\n');
        section(sb, "label", countBy(docs, d -> d.label().key()), docs.size());
        section(sb, "split", countBy(docs, d -> d.split().isEmpty() ? "(none)" : d.split()), docs.size());
        section(sb, "length", countBy(docs, d -> lengthBand(d.words())), docs.size());
        section(sb, "era", countBy(docs, d -> d.era().isEmpty() ? "(none)" : d.era()), docs.size());
        section(sb, "genre", countBy(docs, d -> d.genre().isEmpty() ? "(none)" : d.genre()), docs.size());
        Map<String, Long> special = new TreeMap<>();
        special.put("hard negatives (none)", docs.stream().filter(d -> d.hardNegative() && d.label() == Label.NONE).count());
        special.put("mixed, with paragraph labels", docs.stream().filter(LabelledDocument::mixed).count());
        special.put("naming specific models", docs.stream().filter(d -> !d.models().isEmpty()).count());
        special.put("borderline, with rationale", docs.stream().filter(d -> !d.rationale().isEmpty()).count());
        special.put("families", docs.stream().map(LabelledDocument::family).distinct().count());
        section(sb, "special", special, docs.size());
        section(sb, "naming models, by label",
                countBy(docs.stream().filter(d -> !d.models().isEmpty()).toList(), d -> d.label().key()), docs.size());
        sb.append("\nnear-duplicate pairs (MinHash, word 5-grams, Jaccard > ").append(threshold).append("): ")
                .append(duplicates.size()).append('\n');
        for (NearDuplicates.Pair p : duplicates.subList(0, Math.min(20, duplicates.size()))) {
            sb.append(String.format("  %.2f  %s  %s%n", p.jaccard(), p.a(), p.b()));
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Map<String, Long> counts, int total) {
        sb.append('\n').append(title).append('\n');
        counts.forEach((k, v) -> sb.append(String.format("  %-34s %6d  %5.1f%%%n", k, v, 100.0 * v / Math.max(1, total))));
    }
}
