package dev.portrayal.detect;

import java.util.ArrayList;
import java.util.List;

/** Lexicon cue counts for one stretch of text, plus where the behaviour cues were. */
public final class Evidence {
    final int[] kinds = new int[Cue.Kind.values().length];
    final int[] behaviors = new int[Behavior.values().length];
    final List<int[]> behaviorHits = new ArrayList<>();   // {behaviour ordinal, start, end}

    void add(Cue cue, int start, int end) {
        kinds[cue.kind().ordinal()]++;
        if (cue.behavior() != null) {
            behaviors[cue.behavior().ordinal()]++;
            behaviorHits.add(new int[] {cue.behavior().ordinal(), start, end});
        }
    }

    public int count(Cue.Kind kind) {
        return kinds[kind.ordinal()];
    }

    public int count(Behavior b) {
        return behaviors[b.ordinal()];
    }

    public int behaviorTotal() {
        int t = 0;
        for (int b : behaviors) t += b;
        return t;
    }

    /** Does this text name an artificial mind for certain? */
    public boolean namesMind() {
        return count(Cue.Kind.MIND) > 0;
    }
}
