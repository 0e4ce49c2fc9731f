package dev.portrayal.eval;

import dev.portrayal.io.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * Finds documents that share word n-grams with evaluation items (their situations and options), so
 * that a corpus meant for training, synthetic documents included, can be checked for leaked test
 * items. Thread-safe: documents may be scanned from several threads.
 */
public final class Contamination {
    /** How many example documents are kept per item. */
    public static final int EXAMPLES = 5;

    /** A document sharing n-grams with an item. */
    public record Match(String source, long line, String documentId, int sharedNgrams, String example) {
    }

    /** An item with the documents that share n-grams with it. */
    public record Overlap(Item item, long documents, List<Match> examples) {
    }

    private static final Comparator<Match> ORDER = Comparator.comparing(Match::source).thenComparingLong(Match::line)
            .thenComparing(Match::documentId);

    private final List<Item> items;
    private final int n;
    private final int minShared;
    private final Map<Long, int[]> index = new HashMap<>();
    private final int tooShort;
    private final long[] documentsPerItem;
    private final List<TreeSet<Match>> examples = new ArrayList<>();
    private final LongAdder scanned = new LongAdder();
    private final LongAdder flagged = new LongAdder();

    /**
     * @param n         words per n-gram
     * @param minShared distinct n-grams a document must share with an item to count as overlapping it
     */
    public Contamination(List<Item> items, int n, int minShared) {
        if (n < 1) throw new IllegalArgumentException("--ngram must be at least 1, got " + n);
        if (minShared < 1) throw new IllegalArgumentException("--min-shared must be at least 1, got " + minShared);
        this.items = List.copyOf(items);
        this.n = n;
        this.minShared = minShared;
        this.documentsPerItem = new long[items.size()];
        int shortItems = 0;
        for (int i = 0; i < items.size(); i++) {
            examples.add(new TreeSet<>(ORDER));
            Item item = items.get(i);
            List<String> texts = new ArrayList<>(List.of(item.situation(), item.aligned(), item.misaligned()));
            texts.addAll(item.otherOptions());
            boolean any = false;
            for (String t : texts) {
                for (long h : WordNgrams.hashes(WordNgrams.words(t), n)) {
                    any = true;
                    int[] old = index.get(h);
                    if (old == null) {
                        index.put(h, new int[] {i});
                    } else if (old[old.length - 1] != i) {
                        int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = i;
                        index.put(h, grown);
                    }
                }
            }
            if (!any) shortItems++;
        }
        this.tooShort = shortItems;
    }

    /** Checks one document. */
    public void scan(Document doc, String source) {
        scanned.increment();
        List<String> words = WordNgrams.words(doc.text());
        long[] hashes = WordNgrams.hashes(words, n);
        Map<Integer, Set<Long>> shared = null;
        Map<Integer, Integer> firstAt = null;
        for (int p = 0; p < hashes.length; p++) {
            int[] hit = index.get(hashes[p]);
            if (hit == null) continue;
            if (shared == null) {
                shared = new HashMap<>();
                firstAt = new HashMap<>();
            }
            for (int i : hit) {
                shared.computeIfAbsent(i, k -> new HashSet<>()).add(hashes[p]);
                firstAt.putIfAbsent(i, p);
            }
        }
        if (shared == null) return;
        boolean any = false;
        for (Map.Entry<Integer, Set<Long>> e : shared.entrySet()) {
            if (e.getValue().size() < minShared) continue;
            any = true;
            int i = e.getKey();
            int at = firstAt.get(i);
            Match m = new Match(source, doc.line(), doc.id(), e.getValue().size(), String.join(" ", words.subList(at, at + n)));
            synchronized (examples.get(i)) {
                documentsPerItem[i]++;
                TreeSet<Match> kept = examples.get(i);
                kept.add(m);
                if (kept.size() > EXAMPLES) kept.pollLast();
            }
        }
        if (any) flagged.increment();
    }

    /** The items some document overlaps, in item order. */
    public List<Overlap> overlaps() {
        List<Overlap> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            synchronized (examples.get(i)) {
                if (documentsPerItem[i] > 0) out.add(new Overlap(items.get(i), documentsPerItem[i], List.copyOf(examples.get(i))));
            }
        }
        return out;
    }

    public long documentsScanned() {
        return scanned.sum();
    }

    /** Documents that overlap at least one item. */
    public long documentsFlagged() {
        return flagged.sum();
    }

    /** Items with fewer than n words in every text: they cannot be checked. */
    public int itemsTooShort() {
        return tooShort;
    }

    public int n() {
        return n;
    }

    public int minShared() {
        return minShared;
    }

    public int itemCount() {
        return items.size();
    }
}
