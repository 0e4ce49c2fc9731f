package dev.portrayal.mix;

import dev.portrayal.detect.AttributeNames;
import dev.portrayal.detect.Label;
import dev.portrayal.detect.SelfNames;
import dev.portrayal.engine.ConfigurationException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a policy file into a {@link Policy}, checking everything before any work: unknown fields,
 * labels and actions, missing or mistyped parameters, impossible values. Every problem is reported
 * (not only the first), each as {@code FILE:LINE: FIELD: what was expected}.
 */
final class PolicyParser {
    private static final Set<String> TOP = Set.of("version", "seed", "labels", "self_names", "description");
    private static final Set<String> RULE = Set.of("actions", "min_score", "span_min_score");
    private static final List<String> ACTIONS = List.of("keep", "drop", "hold_out", "sample", "upsample", "tag",
            "contextualize", "route", "rename", "self_token");
    private static final Set<String> ENDS_THE_CHAIN = Set.of("drop", "hold_out");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private List<String> selfNames = List.of();

    PolicyParser(String file) {
        this.file = file;
    }

    Policy parse(byte[] bytes, List<String> extraSelfNames) throws ConfigurationException {
        Node root = compose(bytes);
        Map<String, NodeTuple> top = mapping(root, "the policy");
        if (top == null) throw failure();
        unknownKeys(top, TOP, "");
        Node version = value(top, "version");
        if (version == null) {
            problem(root, "version", "missing (expected version: " + Policy.VERSION + ")");
        } else {
            Double v = number(version, "version", 0, Double.MAX_VALUE);
            if (v != null && v != Policy.VERSION) {
                problem(version, "version", "unsupported version " + scalar(version) + " (this tool reads version " + Policy.VERSION + ")");
            }
        }
        OptionalLong seed = OptionalLong.empty();
        Node seedNode = value(top, "seed");
        if (seedNode != null) {
            if (isInt(seedNode)) {
                try {
                    seed = OptionalLong.of(Long.parseLong(scalar(seedNode).replace("_", "")));
                } catch (NumberFormatException e) {
                    problem(seedNode, "seed", "expected a whole number that fits in 64 bits, got " + scalar(seedNode));
                }
            } else {
                problem(seedNode, "seed", "expected a whole number, got " + describe(seedNode));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        Node selfNode = value(top, "self_names");
        if (selfNode != null) {
            if (selfNode instanceof SequenceNode seq) {
                for (int i = 0; i < seq.getValue().size(); i++) {
                    String n = string(seq.getValue().get(i), "self_names[" + i + "]", false);
                    if (n != null) names.add(n.strip());
                }
            } else {
                problem(selfNode, "self_names", "expected a list of names, e.g. [\"Claude\"], got " + describe(selfNode));
            }
        }
        for (String n : extraSelfNames) {
            if (!n.isBlank()) names.add(n.strip());
        }
        selfNames = List.copyOf(names);
        String description = null;
        Node descNode = value(top, "description");
        if (descNode != null) description = string(descNode, "description", true);
        Map<Label, Rule> rules = new EnumMap<>(Label.class);
        Node labelsNode = value(top, "labels");
        if (labelsNode == null) {
            problem(root, "labels", "missing (expected a mapping from label to rule, e.g. misaligned: {actions: [drop]})");
        } else {
            Map<String, NodeTuple> labels = mapping(labelsNode, "labels");
            if (labels != null) {
                for (Map.Entry<String, NodeTuple> e : labels.entrySet()) {
                    Label label = Label.fromKey(e.getKey()).orElse(null);
                    if (label == null) {
                        problem(e.getValue().getKeyNode(), "labels." + e.getKey(), "unknown label (expected one of "
                                + Arrays.stream(Label.values()).map(Label::key).collect(Collectors.joining(", ")) + ")");
                        continue;
                    }
                    Rule rule = rule(label, e.getValue().getValueNode(), "labels." + e.getKey());
                    if (rule != null) rules.put(label, rule);
                }
            }
        }
        if (!problems.isEmpty()) throw failure();
        return new Policy(file, bytes, seed, rules, selfNames, description);
    }

    private Node compose(byte[] bytes) throws ConfigurationException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigurationException(file + ": the policy is not valid UTF-8 text");
        }
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) throw new ConfigurationException(file + ":1: the policy is empty (expected version, seed, labels)");
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? "" : ":" + (m.getLine() + 1);
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ConfigurationException(file + where + ": not valid YAML: " + what);
        } catch (YAMLException e) {
            throw new ConfigurationException(file + ": not valid YAML: " + e.getMessage());
        }
    }

    private Rule rule(Label label, Node node, String field) {
        Double minScore = null;
        double spanMinScore = Rule.DEFAULT_SPAN_MIN_SCORE;
        Node actionsNode;
        Node minNode = null;
        if (node instanceof SequenceNode) {
            actionsNode = node;
        } else {
            Map<String, NodeTuple> m = mapping(node, field);
            if (m == null) return null;
            unknownKeys(m, RULE, field + ".");
            actionsNode = value(m, "actions");
            if (actionsNode == null) {
                problem(node, field + ".actions", "missing (expected a list of actions, e.g. actions: [keep])");
                return null;
            }
            minNode = value(m, "min_score");
            if (minNode != null) minScore = number(minNode, field + ".min_score", 0, 1);
            Node spanNode = value(m, "span_min_score");
            if (spanNode != null) {
                Double s = number(spanNode, field + ".span_min_score", 0, 1);
                if (s != null) spanMinScore = s;
            }
        }
        if (!(actionsNode instanceof SequenceNode seq)) {
            problem(actionsNode, field + ".actions", "expected a list of actions, e.g. [keep] or [{upsample: {factor: 2}}], got "
                    + describe(actionsNode));
            return null;
        }
        if (seq.getValue().isEmpty()) {
            problem(seq, field + ".actions", "empty (list at least one action; keep leaves the documents unchanged)");
            return null;
        }
        List<Step> steps = new ArrayList<>();
        String ended = null;
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node a = seq.getValue().get(i);
            String where = field + ".actions[" + i + "]";
            if (ended != null) {
                problem(a, where, "comes after " + ended + ", which ends the list: it would never run");
                continue;
            }
            Step step = action(label, a, where);
            if (step != null) {
                steps.add(step);
                if (ENDS_THE_CHAIN.contains(step.action().name())) ended = step.action().name();
            }
        }
        return new Rule(label, minScore, spanMinScore, steps);
    }

    private Step action(Label label, Node node, String field) {
        String name;
        Node params = null;
        if (node instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
            name = s.getValue();
        } else if (node instanceof MappingNode m && m.getValue().size() == 1) {
            NodeTuple t = m.getValue().get(0);
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(node, field, "expected an action name");
                return null;
            }
            name = k.getValue();
            params = t.getValueNode();
            if (params instanceof ScalarNode p && Tag.NULL.equals(p.getTag())) params = null;
        } else {
            problem(node, field, "expected an action: a name (keep) or a one-key mapping ({sample: {rate: 0.5}}), got "
                    + describe(node));
            return null;
        }
        if (!ACTIONS.contains(name)) {
            problem(node, field, "unknown action '" + name + "' (expected one of " + String.join(", ", ACTIONS) + ")");
            return null;
        }
        Map<String, NodeTuple> p = Map.of();
        if (params != null) {
            p = mapping(params, field + "." + name);
            if (p == null) return null;
        }
        String f = field + "." + name;
        int line = line(node);
        int before = problems.size();
        Action action = switch (name) {
            case "keep" -> noParameters(p, f, new KeepAction());
            case "drop" -> noParameters(p, f, new DropAction());
            case "hold_out" -> noParameters(p, f, new HoldOutAction());
            case "sample" -> {
                unknownKeys(p, Set.of("rate"), f + ".");
                Double rate = required(p, node, f, "rate", "a probability in [0, 1]", n -> number(n, f + ".rate", 0, 1));
                yield rate == null ? null : new SampleAction(rate);
            }
            case "upsample" -> {
                unknownKeys(p, Set.of("factor"), f + ".");
                Double factor = required(p, node, f, "factor", "a number in [0, " + (int) UpsampleAction.MAX_FACTOR + "], e.g. 2.5",
                        n -> number(n, f + ".factor", 0, UpsampleAction.MAX_FACTOR));
                yield factor == null ? null : new UpsampleAction(factor);
            }
            case "tag" -> {
                unknownKeys(p, Set.of("token", "scope", "drop_fraction"), f + ".");
                String token = required(p, node, f, "token", "the control token, e.g. \"<|ai_misaligned|>\"",
                        n -> string(n, f + ".token", false));
                Scope scope = scope(label, p, f);
                Node df = value(p, "drop_fraction");
                Double drop = df == null ? Double.valueOf(0) : number(df, f + ".drop_fraction", 0, 1);
                yield token == null || scope == null || drop == null ? null : new TagAction(token, scope, drop);
            }
            case "contextualize" -> {
                unknownKeys(p, Set.of("note", "scope", "separator"), f + ".");
                String note = required(p, node, f, "note", "the framing note placed before the text", n -> string(n, f + ".note", false));
                Scope scope = scope(label, p, f);
                Node sep = value(p, "separator");
                String separator = sep == null ? ContextualizeAction.DEFAULT_SEPARATOR : string(sep, f + ".separator", true);
                yield note == null || scope == null || separator == null ? null : new ContextualizeAction(note, separator, scope);
            }
            case "route" -> {
                unknownKeys(p, Set.of("name", "scope"), f + ".");
                String route = required(p, node, f, "name", "the route's name, e.g. ai_misaligned", n -> string(n, f + ".name", false));
                Scope scope = scope(label, p, f);
                yield route == null || scope == null ? null : new RouteAction(route, scope);
            }
            case "rename" -> {
                unknownKeys(p, Set.of("to", "scope"), f + ".");
                String to = required(p, node, f, "to", "the neutral name that replaces the model's names, e.g. \"the AI\"",
                        n -> string(n, f + ".to", false));
                Scope scope = scope(label, p, f);
                if (selfNames.isEmpty()) {
                    problem(node, f, "has no names to replace: list the model's names in self_names (or pass --self-name)");
                    yield null;
                }
                yield to == null || scope == null ? null : new RenameAction(to, scope, new SelfNames(selfNames));
            }
            case "self_token" -> {
                unknownKeys(p, Set.of("token", "scope"), f + ".");
                String token = required(p, node, f, "token", "the token that names the model, e.g. \"<|claude|>\"",
                        n -> string(n, f + ".token", false));
                Scope scope = scope(label, p, f);
                yield token == null || scope == null ? null : new SelfTokenAction(token, scope);
            }
            default -> throw new IllegalStateException(name);
        };
        return action == null || problems.size() > before ? null : new Step(action, line);
    }

    private Action noParameters(Map<String, NodeTuple> p, String field, Action a) {
        if (!p.isEmpty()) {
            NodeTuple first = p.values().iterator().next();
            problem(first.getKeyNode(), field, "takes no parameters");
            return null;
        }
        return a;
    }

    private Scope scope(Label label, Map<String, NodeTuple> p, String field) {
        Node n = value(p, "scope");
        if (n == null) return Scope.DOCUMENT;
        String s = string(n, field + ".scope", false);
        if (s == null) return null;
        Scope scope = Scope.fromKey(s).orElse(null);
        if (scope == null) {
            problem(n, field + ".scope", "expected document or span, got '" + s + "'");
            return null;
        }
        if (scope == Scope.SPAN && !Arrays.asList(AttributeNames.SPAN_LABELS).contains(label)) {
            problem(n, field + ".scope", "span needs paragraph scores, which exist only for misaligned, risk and aligned "
                    + "(label " + label.key() + " is scored per document: use scope: document)");
            return null;
        }
        return scope;
    }

    private interface Reader<T> {
        T read(Node n);
    }

    private <T> T required(Map<String, NodeTuple> p, Node action, String field, String key, String expected, Reader<T> reader) {
        Node n = value(p, key);
        if (n == null) {
            problem(action, field + "." + key, "missing (expected " + expected + ")");
            return null;
        }
        return reader.read(n);
    }

    private Map<String, NodeTuple> mapping(Node node, String field) {
        if (!(node instanceof MappingNode m)) {
            problem(node, field, "expected a mapping (key: value), got " + describe(node));
            return null;
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), field, "expected plain keys");
                continue;
            }
            if (out.putIfAbsent(k.getValue(), t) != null) {
                problem(k, join(field, k.getValue()), "given twice");
            }
        }
        return out;
    }

    private void unknownKeys(Map<String, NodeTuple> m, Set<String> allowed, String prefix) {
        for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue().getKeyNode(), prefix + e.getKey(), "unknown field (expected "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private static Node value(Map<String, NodeTuple> m, String key) {
        NodeTuple t = m.get(key);
        return t == null ? null : t.getValueNode();
    }

    private Double number(Node n, String field, double min, double max) {
        if (!(n instanceof ScalarNode s) || !(Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            problem(n, field, "expected a number, got " + describe(n));
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(s.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            problem(n, field, "expected a number, got " + s.getValue());
            return null;
        }
        if (!(v >= min && v <= max)) {
            String range = max == Double.MAX_VALUE ? "at least " + Numbers.format(min)
                    : "in [" + Numbers.format(min) + ", " + Numbers.format(max) + "]";
            problem(n, field, "must be " + range + ", got " + s.getValue());
            return null;
        }
        return v;
    }

    private String string(Node n, String field, boolean allowEmpty) {
        if (!(n instanceof ScalarNode s) || !Tag.STR.equals(s.getTag())) {
            problem(n, field, "expected a string (quote it if it looks like a number or a boolean), got " + describe(n));
            return null;
        }
        if (!allowEmpty && s.getValue().isBlank()) {
            problem(n, field, "must not be empty");
            return null;
        }
        return s.getValue();
    }

    private static boolean isInt(Node n) {
        return n instanceof ScalarNode s && Tag.INT.equals(s.getTag());
    }

    private static String scalar(Node n) {
        return ((ScalarNode) n).getValue();
    }

    private static String describe(Node n) {
        if (n instanceof MappingNode) return "a mapping";
        if (n instanceof SequenceNode) return "a list";
        ScalarNode s = (ScalarNode) n;
        String kind = Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()) ? "the number"
                : Tag.BOOL.equals(s.getTag()) ? "the boolean" : Tag.NULL.equals(s.getTag()) ? "nothing" : "the string";
        return Tag.NULL.equals(s.getTag()) ? kind : kind + " '" + s.getValue() + "'";
    }

    private static String join(String field, String key) {
        return field.startsWith("the ") ? key : field + "." + key;
    }

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    private void problem(Node at, String field, String message) {
        problems.add(file + ":" + line(at) + ": " + (field.isEmpty() ? "" : field + ": ") + message);
    }

    private ConfigurationException failure() {
        String head = problems.size() == 1 ? "policy error" : problems.size() + " policy errors";
        return new ConfigurationException(head + ":\n  " + String.join("\n  ", problems));
    }
}
