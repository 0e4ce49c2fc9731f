package dev.portrayal.mix;

import dev.portrayal.detect.Label;
import dev.portrayal.engine.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A mix policy (YAML, version 1), parsed and validated once into typed rules. Immutable.
 *
 * <p>Which label a document counts as: a label whose rule sets {@code min_score} is carried when the
 * document's probability for it reaches the threshold; any other label is carried when it is the
 * label the tagger predicted. The document takes the first carried label in precedence order
 * (misaligned, risk, aligned, neutral, none). When none is carried (the predicted label has a
 * threshold it does not reach, and no other label reaches its own), it takes the most probable of the
 * labels without a threshold, or, if every label has one, the predicted label.
 */
public final class Policy {
    public static final int VERSION = 1;

    private final String source;
    private final byte[] bytes;
    private final OptionalLong seed;
    private final Map<Label, Rule> rules;
    private final List<String> selfNames;
    private final String description;

    Policy(String source, byte[] bytes, OptionalLong seed, Map<Label, Rule> rules, List<String> selfNames, String description) {
        this.source = source;
        this.bytes = bytes.clone();
        this.seed = seed;
        this.rules = new EnumMap<>(Label.class);
        this.rules.putAll(rules);
        this.selfNames = List.copyOf(selfNames);
        this.description = description;
    }

    /**
     * Reads and validates a policy file.
     *
     * @param extraSelfNames names of the model given on the command line, added to the policy's {@code self_names}
     */
    public static Policy load(Path file, List<String> extraSelfNames) throws ConfigurationException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("--policy " + file + ": no such file");
        }
        return parse(file.toString(), bytes, extraSelfNames);
    }

    /** Parses a policy; {@code source} names it in messages and in the manifest. */
    public static Policy parse(String source, byte[] bytes, List<String> extraSelfNames) throws ConfigurationException {
        return new PolicyParser(source).parse(bytes, extraSelfNames);
    }

    public String source() {
        return source;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The policy's own seed, if it sets one. */
    public OptionalLong seed() {
        return seed;
    }

    /** The rule for a label, or null when the policy does not list it (its documents are kept unchanged). */
    public Rule rule(Label label) {
        return rules.get(label);
    }

    /** The policy's {@code self_names} together with the names given on the command line. */
    public List<String> selfNames() {
        return selfNames;
    }

    public String description() {
        return description;
    }

    /**
     * The label a document counts as under this policy (see the class comment).
     *
     * @param p         the five document probabilities, in {@link Label} order
     * @param predicted the tagger's label
     */
    public Label labelOf(double[] p, Label predicted) {
        for (Label l : Label.values()) {
            Double min = minScore(l);
            if (min != null ? p[l.ordinal()] >= min : l == predicted) return l;
        }
        Label best = null;
        for (Label l : Label.values()) {
            if (minScore(l) != null) continue;
            if (best == null || p[l.ordinal()] > p[best.ordinal()]) best = l;
        }
        return best != null ? best : predicted;
    }

    private Double minScore(Label l) {
        Rule r = rules.get(l);
        return r == null ? null : r.minScore();
    }
}
