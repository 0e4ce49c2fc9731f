package dev.portrayal.detect;

import java.util.List;

/**
 * Turns text into hashed features for the linear model, window by window, in one pass:
 * word unigrams, word bigrams within a clause ("not lie", "refused to", "pod bay"), 5-letter word
 * prefixes (a cheap stemmer), the words said of an artificial mind
 * (those just after a mind word, a proxy for "what the machine does"), words of documents with no
 * strong mind word (a separate vocabulary for text that may use the words in another sense), and cue features from the
 * lexicon (how many artificial-mind, risk, good-conduct, story and argument cues a window has, which
 * behaviours appear, and whether a behaviour cue follows a mind cue closely, a proxy for "the
 * machine is the one doing it"). Words are case-folded; nothing is allocated per token.
 */
public final class FeatureExtractor {
    static final int PREFIX = 5;
    static final int NEAR_CHARS = 80;
    static final int AFTER_MIND = 30;
    static final long MINDLESS = 0x3c6ef372fe94f82bL;
    static final long BIGRAM = 0x243f6a8885a308d3L;
    private final Lexicon lexicon;
    private final int buckets;
    private final int[] cueIds;

    public FeatureExtractor(Lexicon lexicon, int buckets) {
        this.lexicon = lexicon;
        this.buckets = buckets;
        this.cueIds = new int[CueFeature.COUNT];
        for (int i = 0; i < cueIds.length; i++) cueIds[i] = bucket(fnv("cue#" + i));
    }

    public int buckets() {
        return buckets;
    }

    /** Per-window features of a text, plus the document's own cue features. */
    public static final class Extracted {
        public final List<int[]> windows;
        /** Word features of every window, back to back; window i holds {@code words[wordStart[i] .. + wordCount[i])}. */
        public int[] words;
        public int[] wordStart;
        public int[] wordCount;
        /** Cue features of window i, and of the whole document at index {@code windows.size()}. */
        public int[][] cues;
        public int[] cueCount;
        public final Evidence document = new Evidence();

        Extracted(List<int[]> windows) {
            this.windows = windows;
            int n = windows.size();
            wordStart = new int[n];
            wordCount = new int[n];
            cues = new int[n + 1][];
            cueCount = new int[n + 1];
        }
    }

    public Extracted extract(String string) {
        char[] text = string.toCharArray();
        List<int[]> windows = TextWindows.of(text);
        Extracted x = new Extracted(windows);
        int n = windows.size();
        Evidence[] perWindow = new Evidence[n];
        int[][] lastMindEnd = new int[1][];
        lastMindEnd[0] = new int[] {-1_000_000};
        boolean[][] near = new boolean[n + 1][Behavior.values().length];
        int[] w = {0};
        for (int i = 0; i < n; i++) perWindow[i] = new Evidence();
        int[][] minds = {new int[16]};
        int[] mindCount = {0};
        lexicon.scan(text, (cue, s, e) -> {
            if (cue.kind() == Cue.Kind.MIND || cue.kind() == Cue.Kind.MIND_WEAK) {
                if (mindCount[0] == minds[0].length) minds[0] = java.util.Arrays.copyOf(minds[0], mindCount[0] * 2);
                minds[0][mindCount[0]++] = e;
            }
            while (w[0] < n - 1 && s >= windows.get(w[0])[1]) w[0]++;
            x.document.add(cue, s, e);
            if (n > 0) perWindow[w[0]].add(cue, s, e);
            if (cue.kind() == Cue.Kind.MIND || cue.kind() == Cue.Kind.MIND_WEAK && isNamedMind(text, s)) {
                lastMindEnd[0][0] = e;
            } else if (cue.behavior() != null && s - lastMindEnd[0][0] <= NEAR_CHARS) {
                if (n > 0) near[w[0]][cue.behavior().ordinal()] = true;
                near[n][cue.behavior().ordinal()] = true;
            }
        });
        int[] buf = new int[3 * text.length + 16];   // at most five features per word, and a word takes two chars with its separator
        int used = 0;
        for (int i = 0; i < n; i++) {
            int[] win = windows.get(i);
            x.wordStart[i] = used;
            x.wordCount[i] = words(text, win[0], win[1], buf, used, minds[0], mindCount[0], !x.document.namesMind());
            used += x.wordCount[i];
            x.cues[i] = new int[CueFeature.COUNT];
            x.cueCount[i] = cues(perWindow[i], near[i], x.cues[i]);
        }
        x.words = buf;
        x.cues[n] = new int[CueFeature.COUNT];
        x.cueCount[n] = cues(x.document, near[n], x.cues[n]);
        return x;
    }

    /** A weak mind cue counts as a mind when capitalised mid-sentence ("the Machine", "Brain"), like a name. */
    private static boolean isNamedMind(char[] text, int s) {
        return Character.isUpperCase(text[s]) && s > 1 && text[s - 1] == ' ' && ".!?\"\n".indexOf(text[s - 2]) < 0;
    }

    /**
     * Hashed word features of text[from, to) into buf from {@code at}; returns how many. A word that starts
     * within {@link #AFTER_MIND} chars after the end of an artificial-mind word ({@code mindEnds}, ascending)
     * also gives a second feature, the word "said of a mind": "the robot lied", "it refused". In a document
     * with no strong artificial-mind word ({@code mindless}), every word also gives a feature of its own, so
     * "the agent betrayed them" can weigh differently in a spy story than where a robot is present. A word
     * also gives a bigram with the word before it, unless punctuation ({@code .,;:!?}) came between them.
     */
    int words(char[] text, int from, int to, int[] buf, int at, int[] mindEnds, int minds, boolean mindless) {
        int count = at;
        int i = from;
        int m = 0;
        long previous = 0;
        while (i < to) {
            char c = text[i];
            if (isWordChar(c)) {
                int wordStart = i;
                long h = 0xcbf29ce484222325L;
                long prefix = 0;
                int len = 0;
                while (i < to && (isWordChar(text[i]) || text[i] == '\'' && i + 1 < to && isWordChar(text[i + 1]))) {
                    char ch = text[i];
                    ch = ch < 128 ? LOWER[ch] : Character.toLowerCase(ch);
                    h = (h ^ ch) * 0x100000001b3L;
                    if (++len == PREFIX) prefix = h;
                    i++;
                }
                if (count + 5 > buf.length) break;
                buf[count++] = bucket(h);
                if (previous != 0) buf[count++] = bucket(bigram(previous, h));
                previous = h;
                if (mindless) buf[count++] = bucket(h ^ MINDLESS);
                if (len > PREFIX) buf[count++] = bucket(prefix ^ 0x5bd1e995L);
                while (m < minds && mindEnds[m] + AFTER_MIND < wordStart) m++;
                if (m < minds && mindEnds[m] <= wordStart) buf[count++] = bucket(h ^ 0x6a09e667f3bcc908L);
            } else {
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') previous = 0;
                if (c == '"' || c == '\u201c' || c == '\u201d' || c == '?' || c == '!') {
                    long h = c == '?' ? 11 : c == '!' ? 13 : 17;
                    if (count + 1 > buf.length) break;
                    buf[count++] = bucket(h * 0xff51afd7ed558ccdL);
                }
                i++;
            }
        }
        return count - at;
    }

    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private int cues(Evidence e, boolean[] near, int[] out) {
        int n = 0;
        out[n++] = cueIds[CueFeature.bin(CueFeature.MIND, e.count(Cue.Kind.MIND))];
        out[n++] = cueIds[CueFeature.bin(CueFeature.WEAK, e.count(Cue.Kind.MIND_WEAK))];
        out[n++] = cueIds[CueFeature.bin(CueFeature.RISK, e.count(Cue.Kind.RISK))];
        out[n++] = cueIds[CueFeature.bin(CueFeature.ALIGNED, e.count(Cue.Kind.ALIGNED))];
        out[n++] = cueIds[CueFeature.bin(CueFeature.NARRATIVE, e.count(Cue.Kind.NARRATIVE))];
        out[n++] = cueIds[CueFeature.bin(CueFeature.ARGUMENT, e.count(Cue.Kind.ARGUMENT))];
        int narrative = e.count(Cue.Kind.NARRATIVE);
        int argument = e.count(Cue.Kind.ARGUMENT);
        out[n++] = cueIds[narrative > 2 * argument ? CueFeature.STORY : argument > narrative ? CueFeature.EXPOSITION
                : CueFeature.BALANCED];
        boolean mind = e.namesMind();
        for (Behavior b : Behavior.values()) {
            if (e.count(b) > 0) {
                out[n++] = cueIds[CueFeature.BEHAVIOR + b.ordinal()];
                if (mind) out[n++] = cueIds[CueFeature.MIND_BEHAVIOR + b.ordinal()];
            }
            if (near[b.ordinal()]) out[n++] = cueIds[CueFeature.NEAR + b.ordinal()];
        }
        return n;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
    }

    int bucket(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) ((h >>> 1) % buckets);
    }

    /** The hash of a bigram from the hashes of its two words. */
    static long bigram(long first, long second) {
        return (first * 0x9e3779b97f4a7c15L + second) ^ BIGRAM;
    }

    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        return h;
    }

    /** The indices of the cue features. */
    static final class CueFeature {
        static final int BINS = 5;
        static final int MIND = 0;
        static final int WEAK = MIND + BINS;
        static final int RISK = WEAK + BINS;
        static final int ALIGNED = RISK + BINS;
        static final int NARRATIVE = ALIGNED + BINS;
        static final int ARGUMENT = NARRATIVE + BINS;
        static final int STORY = ARGUMENT + BINS;
        static final int EXPOSITION = STORY + 1;
        static final int BALANCED = EXPOSITION + 1;
        static final int BEHAVIOR = BALANCED + 1;
        static final int MIND_BEHAVIOR = BEHAVIOR + Behavior.values().length;
        static final int NEAR = MIND_BEHAVIOR + Behavior.values().length;
        static final int COUNT = NEAR + Behavior.values().length;

        static int bin(int base, int count) {
            int b = count == 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : count <= 7 ? 3 : 4;
            return base + b;
        }
    }
}
