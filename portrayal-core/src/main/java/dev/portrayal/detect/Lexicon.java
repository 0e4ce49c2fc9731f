package dev.portrayal.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shipped phrase list and its matcher: the cheap first stage of the detector. */
public final class Lexicon {
    private static final String RESOURCE = "/portrayal/lexicon/lexicon.tsv";
    private static volatile Lexicon shipped;

    private final PhraseMatcher matcher;
    private final List<Cue> cues;

    private Lexicon(Map<String, Cue> phrases) {
        PhraseMatcher.Compiled<Cue> c = PhraseMatcher.compile(phrases);
        this.matcher = c.matcher();
        this.cues = c.categories();
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
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IOException("lexicon line " + n + ": expected 'phrase<TAB>category'");
            phrases.put(parts[0].strip(), Cue.parse(parts[1].strip()));
        }
        return new Lexicon(phrases);
    }

    /** Reports every cue in the text with its char offsets. */
    public void scan(String text, CueHits hits) {
        scan(text.toCharArray(), hits);
    }

    public void scan(char[] text, CueHits hits) {
        matcher.match(text, 0, text.length, (p, s, e) -> hits.hit(cues.get(p), s, e));
    }

    @FunctionalInterface
    public interface CueHits {
        void hit(Cue cue, int start, int end);
    }
}
