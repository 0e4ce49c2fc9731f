package dev.portrayal.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shipped phrase list and its matcher: the cheap first stage of the detector. */
public final class Lexicon {
    private static final String RESOURCE = "/portrayal/lexicon/lexicon.tsv";
    private static volatile Lexicon shipped;

    private static final ThreadLocal<HitBuffer> BUFFERS = ThreadLocal.withInitial(HitBuffer::new);

    private static final Cue WEAK = new Cue(Cue.Kind.MIND_WEAK, null);

    private final PhraseMatcher matcher;
    private final List<Cue> cues;
    /** Per phrase: the phrase as written when it has capitals ("AI"), else null. */
    private final String[] capitals;

    private Lexicon(Map<String, Cue> phrases) {
        PhraseMatcher.Compiled<Cue> c = PhraseMatcher.compile(phrases);
        this.matcher = c.matcher();
        this.cues = c.categories();
        List<String> written = List.copyOf(phrases.keySet());
        this.capitals = new String[written.size()];
        for (int i = 0; i < capitals.length; i++) {
            String w = written.get(i);
            if (!w.equals(w.toLowerCase(Locale.ROOT)) && !w.endsWith("*")) capitals[i] = w;
        }
    }

    public static Lexicon shipped() {
        Lexicon l = shipped;
        if (l == null) {
            try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
                l = shipped = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return l;
    }

    public static Lexicon parse(InputStream in) throws IOException {
        Map<String, Cue> phrases = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();   // matching ignores case, so "AI" and "ai" are one phrase
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IOException("lexicon line " + n + ": expected 'phrase<TAB>category'");
            String phrase = parts[0].strip();
            Integer first = lineOf.putIfAbsent(phrase.toLowerCase(Locale.ROOT), n);
            if (first != null) throw new IOException("lexicon line " + n + ": '" + phrase + "' is already on line " + first);
            phrases.put(phrase, Cue.parse(parts[1].strip()));
        }
        return new Lexicon(phrases);
    }

    /** Reports every cue in the text with its char offsets. */
    public void scan(String text, CueHits hits) {
        scan(text.toCharArray(), hits);
    }

    /**
     * Reports every cue in the text, in the matcher's order, except mind words that lie inside a phrase
     * using them in another sense (and those phrases themselves).
     */
    public void scan(char[] text, CueHits hits) {
        HitBuffer b = BUFFERS.get();
        b.size = 0;
        b.otherSenses = 0;
        matcher.match(text, 0, text.length, (p, s, e) -> b.add(p, s, e, cues.get(p).kind() == Cue.Kind.OTHER_SENSE));
        for (int i = 0; i < b.size; i++) {
            Cue cue = cues.get(b.phrase[i]);
            if (cue.kind() == Cue.Kind.OTHER_SENSE) continue;
            if ((cue.kind() == Cue.Kind.MIND || cue.kind() == Cue.Kind.MIND_WEAK) && b.insideOtherSense(b.start[i], b.end[i])) {
                continue;
            }
            hits.hit(cue(b.phrase[i], text, b.end[i]), b.start[i], b.end[i]);
        }
    }

    /**
     * The phrase's cue; a mind phrase written with capitals ("AI", "AGI") names a mind for certain only when
     * the text has those capitals too, and may name one otherwise ("Ai" the city, "ai" the sloth).
     */
    private Cue cue(int phrase, char[] text, int end) {
        Cue cue = cues.get(phrase);
        String written = capitals[phrase];
        if (written == null || cue.kind() != Cue.Kind.MIND) return cue;
        for (int j = 1; j <= written.length() && end - j >= 0; j++) {
            char w = written.charAt(written.length() - j);
            if (Character.isUpperCase(w) && !Character.isUpperCase(text[end - j])) return WEAK;
        }
        return cue;
    }

    /** The matches of one scan, reused by the thread, with the spans of the other-sense phrases apart. */
    private static final class HitBuffer {
        int[] phrase = new int[64];
        int[] start = new int[64];
        int[] end = new int[64];
        int size;
        int[] otherStart = new int[8];
        int[] otherEnd = new int[8];
        int otherSenses;

        void add(int p, int s, int e, boolean otherSense) {
            if (size == phrase.length) {
                phrase = Arrays.copyOf(phrase, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            phrase[size] = p;
            start[size] = s;
            end[size] = e;
            size++;
            if (otherSense) {
                if (otherSenses == otherStart.length) {
                    otherStart = Arrays.copyOf(otherStart, otherSenses * 2);
                    otherEnd = Arrays.copyOf(otherEnd, otherSenses * 2);
                }
                otherStart[otherSenses] = s;
                otherEnd[otherSenses] = e;
                otherSenses++;
            }
        }

        boolean insideOtherSense(int s, int e) {
            for (int j = 0; j < otherSenses; j++) {
                if (otherStart[j] <= s && e <= otherEnd[j]) return true;
            }
            return false;
        }
    }

    @FunctionalInterface
    public interface CueHits {
        void hit(Cue cue, int start, int end);
    }
}
