package dev.portrayal.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases at once (Aho-Corasick compiled to a dense automaton), case-insensitively and on
 * word boundaries. A phrase ending in {@code *} matches any word ending. Immutable and thread-safe;
 * matching allocates nothing.
 */
public final class PhraseMatcher {
    /** Receives each match: the phrase's index and its char offsets, end exclusive. */
    @FunctionalInterface
    public interface Hits {
        void hit(int phrase, int start, int end);
    }

    private static final int OTHER_LETTER = 38;
    private static final int SEPARATOR = 39;
    private static final int ALPHABET = 40;
    private static final byte[] CLASS = new byte[128];

    static {
        for (int c = 0; c < 128; c++) CLASS[c] = SEPARATOR;
        for (int c = 'a'; c <= 'z'; c++) CLASS[c] = (byte) (c - 'a');
        for (int c = 'A'; c <= 'Z'; c++) CLASS[c] = (byte) (c - 'A');
        for (int c = '0'; c <= '9'; c++) CLASS[c] = (byte) (26 + c - '0');
        CLASS['\''] = 36;
        CLASS['-'] = 37;
        CLASS['.'] = 35;   // kept distinct so "a.i." and "gpt-4" can be phrases; '(' ')' become separators
    }

    private final int[] next;          // state * ALPHABET + class -> state, with EMITS set when the state ends a phrase
    private static final int EMITS = 1 << 31;
    private final int[][] outputs;     // state -> phrases ending here (after following failure links)
    private final int[] lengths;       // phrase -> length in chars
    private final boolean[] prefix;    // phrase -> ends with '*'

    public PhraseMatcher(List<String> phrases) {
        int n = phrases.size();
        lengths = new int[n];
        prefix = new boolean[n];
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(newRow());
        out.add(new ArrayList<>());
        for (int p = 0; p < n; p++) {
            String phrase = phrases.get(p).toLowerCase(java.util.Locale.ROOT).strip();
            if (phrase.endsWith("*")) {
                prefix[p] = true;
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            lengths[p] = phrase.length();
            int s = 0;
            for (int i = 0; i < phrase.length(); i++) {
                int c = classOf(phrase.charAt(i));
                if (trie.get(s)[c] <= 0) {
                    trie.get(s)[c] = trie.size();
                    trie.add(newRow());
                    out.add(new ArrayList<>());
                }
                s = trie.get(s)[c];
            }
            out.get(s).add(p);
        }
        int states = trie.size();
        next = new int[states * ALPHABET];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int t = trie.get(0)[c];
            next[c] = Math.max(t, 0);
            if (t > 0) queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int c = 0; c < ALPHABET; c++) {
                int t = trie.get(s)[c];
                if (t > 0) {
                    fail[t] = next[fail[s] * ALPHABET + c];
                    next[s * ALPHABET + c] = t;
                    queue.add(t);
                } else {
                    next[s * ALPHABET + c] = next[fail[s] * ALPHABET + c];
                }
            }
        }
        outputs = new int[states][];
        for (int s = 0; s < states; s++) {
            outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i = 0; i < next.length; i++) {
            if (outputs[next[i]].length > 0) next[i] |= EMITS;
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        java.util.Arrays.fill(row, -1);
        return row;
    }

    private static int classOf(char c) {
        if (c < 128) return CLASS[c];
        if (c == '\u2019' || c == '\u2018') return 36;
        if (c == '\u2010' || c == '\u2011') return 37;
        return Character.isLetterOrDigit(c) ? OTHER_LETTER : SEPARATOR;
    }

    private static boolean isWordChar(char c) {
        int k = classOf(c);
        return k < 35 || k == OTHER_LETTER;
    }

    public void match(String text, Hits hits) {
        char[] chars = text.toCharArray();
        match(chars, 0, chars.length, hits);
    }

    public void match(char[] text, int from, int to, Hits hits) {
        int s = 0;
        int[] nx = next;
        byte[] table = CLASS;
        for (int i = from; i < to; i++) {
            char c = text[i];
            int v = nx[s * ALPHABET + (c < 128 ? table[c] : classOf(c))];
            s = v & ~EMITS;
            if (v >= 0) continue;
            for (int p : outputs[s]) {
                int start = i + 1 - lengths[p];
                if (start > from && isWordChar(text[start - 1])) continue;
                int end = i + 1;
                if (prefix[p]) {
                    while (end < to && isWordChar(text[end])) end++;
                } else if (end < to && isWordChar(text[end])) {
                    continue;
                }
                hits.hit(p, start, end);
            }
        }
    }

    /** Builds a matcher from phrase → category, keeping the category per phrase index. */
    public static <C> Compiled<C> compile(Map<String, C> phrases) {
        List<String> list = new ArrayList<>(phrases.keySet());
        List<C> categories = new ArrayList<>();
        for (String p : list) categories.add(phrases.get(p));
        return new Compiled<>(new PhraseMatcher(list), categories);
    }

    public record Compiled<C>(PhraseMatcher matcher, List<C> categories) {
    }
}
