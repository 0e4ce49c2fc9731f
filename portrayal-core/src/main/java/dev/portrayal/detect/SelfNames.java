package dev.portrayal.detect;

import java.util.ArrayList;
import java.util.List;

/** The names of the model being trained ({@code --self-name}), found on word boundaries. */
public final class SelfNames {
    private final List<String> names;
    private final PhraseMatcher matcher;

    public SelfNames(List<String> names) {
        this.names = List.copyOf(names);
        this.matcher = names.isEmpty() ? null : new PhraseMatcher(this.names);
    }

    public static SelfNames none() {
        return new SelfNames(List.of());
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public List<String> names() {
        return names;
    }

    public String fingerprint() {
        return names.isEmpty() ? "" : ";self=" + String.join("|", names);
    }

    /** Evidence spans (code points) of every self-name in the text. */
    public List<Span> find(String text, CodePoints cp) {
        List<Span> spans = new ArrayList<>();
        if (matcher != null) matcher.match(text, (p, s, e) -> spans.add(new Span(cp.of(s), cp.of(e), 1.0)));
        return spans;
    }

    /** The char offsets of every self-name in the text, as {start, end}. */
    public List<int[]> occurrences(String text) {
        List<int[]> out = new ArrayList<>();
        if (matcher != null) matcher.match(text, (p, s, e) -> out.add(new int[] {s, e}));
        return out;
    }
}
