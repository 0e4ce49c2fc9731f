package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import dev.portrayal.detect.Span;
import dev.portrayal.engine.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Builds policies and attribute records for tests. */
final class Policies {
    private Policies() {
    }

    static Policy parse(String yaml, String... selfNames) {
        try {
            return Policy.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), List.of(selfNames));
        } catch (ConfigurationException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A policy whose only rule is {@code label: {actions: [<actions>]}}. */
    static Policy rule(Label label, String actions, String... selfNames) {
        return parse("version: 1\nseed: 7\nlabels:\n  " + label.key() + ": {actions: [" + actions + "]}\n", selfNames);
    }

    /** Attributes of a text predicted as {@code label} with probability 0.9, its windows scored for that label. */
    @SuppressWarnings("unchecked")
    static TaggedRecord tagged(String id, String text, Label label, List<Span> windows) {
        double[] p = new double[Label.COUNT];
        Arrays.fill(p, 0.025);
        p[label.ordinal()] = 0.9;
        List<Span>[] w = new List[Label.COUNT];
        w[label.ordinal()] = windows;
        return new TaggedRecord(id, 0, p, label, text.codePointCount(0, text.length()), w);
    }

    static TaggedRecord tagged(String id, String text, Label label) {
        return tagged(id, text, label, List.of());
    }
}
