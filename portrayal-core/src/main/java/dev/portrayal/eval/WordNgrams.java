package dev.portrayal.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word n-grams of a text, lower-cased, punctuation ignored, each as a 64-bit hash. */
final class WordNgrams {
    private static final long P = 0x9E3779B97F4A7C15L;

    private WordNgrams() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** The hash of every n-gram of {@code words}, in order ({@code words.size() - n + 1} of them). */
    static long[] hashes(List<String> words, int n) {
        int count = words.size() - n + 1;
        if (count <= 0) return new long[0];
        long[] w = new long[words.size()];
        for (int i = 0; i < w.length; i++) w[i] = fnv(words.get(i));
        long top = 1;
        for (int k = 1; k < n; k++) top *= P;
        long h = 0;
        for (int k = 0; k < n; k++) h = h * P + w[k];
        long[] out = new long[count];
        out[0] = mix(h);
        for (int i = 1; i < count; i++) {
            h = (h - w[i - 1] * top) * P + w[i + n - 1];
            out[i] = mix(h);
        }
        return out;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
