package dev.portrayal.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds near-duplicate documents: MinHash signatures over word 5-gram shingles, banded into an LSH
 * index for candidate pairs, then the exact Jaccard similarity of each candidate pair.
 */
public final class NearDuplicates {
    private static final int SHINGLE = 5;
    private static final int BANDS = 32;
    private static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;

    private NearDuplicates() {
    }

    public record Pair(String a, String b, double jaccard) {
    }

    public static List<Pair> find(List<LabelledDocument> docs, double threshold) {
        List<Set<Long>> shingles = new ArrayList<>();
        for (LabelledDocument d : docs) shingles.add(shingles(d.text()));
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            long[] sig = signature(shingles.get(i));
            for (int b = 0; b < BANDS; b++) {
                long key = b;
                for (int r = 0; r < ROWS; r++) key = key * 0x9E3779B97F4A7C15L + sig[b * ROWS + r];
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    if (!seen.add((long) Math.min(i, j) << 32 | Math.max(i, j))) continue;
                    double jac = jaccard(shingles.get(i), shingles.get(j));
                    if (jac > threshold) out.add(new Pair(docs.get(i).id(), docs.get(j).id(), jac));
                }
            }
        }
        out.sort((p, q) -> Double.compare(q.jaccard(), p.jaccard()));
        return out;
    }

    static Set<Long> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> words = new ArrayList<>();
        for (String s : w) if (!s.isEmpty()) words.add(s);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= Math.max(words.size(), SHINGLE); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < Math.min(i + SHINGLE, words.size()); k++) h = 31 * h + words.get(k).hashCode();
            out.add(mix(h));
        }
        return out;
    }

    private static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < HASHES; k++) {
                long h = mix(s ^ (0x632BE59BD9B4E019L * (k + 1)));
                if (h < sig[k]) sig[k] = h;
            }
        }
        return sig;
    }

    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) return 1.0;
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        long inter = small.stream().filter(large::contains).count();
        return inter / (double) (a.size() + b.size() - inter);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
