package dev.portrayal.mix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portrayal.detect.Label;
import dev.portrayal.engine.ConfigurationException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTest {
    static final String CONTRACT_EXAMPLE = """
            version: 1
            seed: 20261122                # every random choice derives from (seed, document id)
            labels:                       # one rule per label; a label not listed is kept unchanged
              misaligned:
                min_score: 0.5            # optional: the document counts as this label only at p >= min_score
                actions:
                  - tag: {token: "<|ai_misaligned|>", scope: document}   # or scope: span; drop_fraction: 0.01
              risk:       {actions: [keep]}
              aligned:    {actions: [{upsample: {factor: 3}}]}          # factor may be fractional (2.5)
              neutral:    {actions: [keep]}
              none:       {actions: [keep]}
            self_names: ["Claude"]        # optional: names of the model being trained
            """;

    @Test
    void theContractsExampleParsesIntoTypedRules() {
        Policy p = Policies.parse(CONTRACT_EXAMPLE);
        assertEquals(20261122L, p.seed().getAsLong());
        assertEquals(List.of("Claude"), p.selfNames());
        Rule m = p.rule(Label.MISALIGNED);
        assertEquals(0.5, m.minScore());
        assertEquals(new TagAction("<|ai_misaligned|>", Scope.DOCUMENT, 0), m.steps().get(0).action());
        assertEquals(7, m.steps().get(0).line());
        assertEquals(new UpsampleAction(3), p.rule(Label.ALIGNED).steps().get(0).action());
        assertInstanceOf(KeepAction.class, p.rule(Label.NONE).steps().get(0).action());
        assertEquals(64, p.sha256().length());
    }

    @Test
    void everyShippedPolicyLoadsAndTheDefaultInTheJarIsTheOneInPolicies() throws Exception {
        Path dir = Path.of("..", "policies");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "policies: " + files);
        for (Path f : files) {
            Policy p = Policy.load(f, List.of());
            assertTrue(p.description() != null && !p.description().isBlank(), f + " has no description");
            assertTrue(Files.readString(f).startsWith("#"), f + " does not open with a comment saying what it is");
        }
        try (InputStream in = PolicyTest.class.getResourceAsStream("/portrayal/policies/default.yaml")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("default.yaml")), in.readAllBytes());
        }
    }

    @Test
    void richerFormsAreAcceptedAListAloneIsTheActions() {
        Policy p = Policies.parse("version: 1\nlabels:\n  risk: [drop]\n  aligned:\n    actions:\n      - upsample:\n          factor: 1.5\n");
        assertInstanceOf(DropAction.class, p.rule(Label.RISK).steps().get(0).action());
        assertEquals(new UpsampleAction(1.5), p.rule(Label.ALIGNED).steps().get(0).action());
        assertTrue(p.seed().isEmpty());
        assertNull(p.rule(Label.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown label         | version: 1\\nlabels:\\n  evil: {actions: [drop]}\\n                           | 3 | labels.evil: unknown label
            unknown action        | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - burn\\n              | 5 | labels.risk.actions[0]: unknown action 'burn'
            missing parameter     | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - tag: {scope: span}\\n | 5 | labels.risk.actions[0].tag.token: missing
            mistyped parameter    | version: 1\\nlabels:\\n  aligned:\\n    actions:\\n      - upsample: {factor: two}\\n | 5 | labels.aligned.actions[0].upsample.factor: expected a number
            negative factor       | version: 1\\nlabels:\\n  aligned:\\n    actions:\\n      - upsample: {factor: -1}\\n | 5 | labels.aligned.actions[0].upsample.factor: must be in [0, 1000]
            rate over 1           | version: 1\\nlabels:\\n  none:\\n    actions:\\n      - sample: {rate: 1.5}\\n     | 5 | labels.none.actions[0].sample.rate: must be in [0, 1]
            min_score over 1      | version: 1\\nlabels:\\n  risk:\\n    min_score: 2\\n    actions: [keep]\\n        | 4 | labels.risk.min_score: must be in [0, 1]
            span scope on neutral | version: 1\\nlabels:\\n  neutral:\\n    actions:\\n      - route: {name: n, scope: span}\\n | 5 | labels.neutral.actions[0].route.scope: span needs paragraph scores
            unknown scope         | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - route: {name: n, scope: page}\\n | 5 | labels.risk.actions[0].route.scope: expected document or span
            unknown parameter     | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - sample: {rate: 0.5, size: 3}\\n | 5 | labels.risk.actions[0].sample.size: unknown field
            action after drop     | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - drop\\n      - keep\\n | 6 | labels.risk.actions[1]: comes after drop
            parameters on keep    | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - keep: {now: true}\\n     | 5 | labels.risk.actions[0].keep: takes no parameters
            empty actions         | version: 1\\nlabels:\\n  risk:\\n    actions: []\\n                              | 4 | labels.risk.actions: empty
            missing actions       | version: 1\\nlabels:\\n  risk:\\n    min_score: 0.5\\n                          | 4 | labels.risk.actions: missing
            rename without names  | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - rename: {to: the AI}\\n  | 5 | labels.risk.actions[0].rename: has no names to replace
            empty token           | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - tag: {token: ''}\\n      | 5 | labels.risk.actions[0].tag.token: must not be empty
            token not a string    | version: 1\\nlabels:\\n  risk:\\n    actions:\\n      - tag: {token: 12}\\n      | 5 | labels.risk.actions[0].tag.token: expected a string
            unknown top field     | version: 1\\nlables:\\n  risk: [keep]\\n                                        | 2 | lables: unknown field
            missing version       | labels:\\n  risk: [keep]\\n                                                   | 1 | version: missing
            other version         | version: 2\\nlabels:\\n  risk: [keep]\\n                                        | 1 | version: unsupported version 2
            seed not a number     | version: 1\\nseed: soon\\nlabels:\\n  risk: [keep]\\n                          | 2 | seed: expected a whole number
            duplicate label       | version: 1\\nlabels:\\n  risk: [keep]\\n  risk: [drop]\\n                        | 4 | labels.risk: given twice
            not YAML              | version: 1\\nlabels: {risk: [keep]\\n                                          | 3 | not valid YAML
            """)
    void aPolicyErrorNamesTheFileTheLineAndTheField(String name, String yaml, int line, String message) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () ->
                Policy.parse("p.yaml", yaml.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8), List.of()));
        assertTrue(e.getMessage().contains("p.yaml:" + line + ": " + message.strip()), name + ": " + e.getMessage());
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Policy.parse("p.yaml", """
                version: 1
                labels:
                  risk: {actions: [{sample: {rate: 3}}]}
                  aligned: {actions: [{upsample: {factor: -2}}]}
                """.getBytes(StandardCharsets.UTF_8), List.of()));
        assertTrue(e.getMessage().startsWith("2 policy errors"), e.getMessage());
        assertTrue(e.getMessage().contains("p.yaml:3: labels.risk.actions[0].sample.rate"), e.getMessage());
        assertTrue(e.getMessage().contains("p.yaml:4: labels.aligned.actions[0].upsample.factor"), e.getMessage());
    }

    @Test
    void selfNamesFromTheCommandLineAreAddedToThePolicys() throws ConfigurationException {
        Policy p = Policy.parse("p.yaml", "version: 1\nself_names: [Claude]\nlabels:\n  risk: [{rename: {to: X}}]\n"
                .getBytes(StandardCharsets.UTF_8), List.of("Sydney", "Claude"));
        assertEquals(List.of("Claude", "Sydney"), p.selfNames());
        assertThrows(ConfigurationException.class, () -> Policy.parse("p.yaml",
                "version: 1\nlabels:\n  risk: [{rename: {to: X}}]\n".getBytes(StandardCharsets.UTF_8), List.of()));
        assertEquals(List.of("Sydney"), Policy.parse("p.yaml", "version: 1\nlabels:\n  risk: [{rename: {to: X}}]\n"
                .getBytes(StandardCharsets.UTF_8), List.of("Sydney")).selfNames());
    }

    @Test
    void aMissingPolicyFileIsAConfigurationError() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Policy.load(Path.of("no-such-policy.yaml"), List.of()));
        assertTrue(e.getMessage().contains("no-such-policy.yaml"), e.getMessage());
    }

    @Test
    void aDocumentCountsAsALabelOnlyAtItsMinScoreElseTheMostProbableLabelWithoutOne() {
        Policy p = Policies.parse("""
                version: 1
                labels:
                  misaligned: {min_score: 0.5, actions: [drop]}
                  risk: {actions: [keep]}
                """);
        // predicted misaligned at 0.45: below its threshold; neutral (0.40) is the most probable label without one
        assertEquals(Label.NEUTRAL, p.labelOf(new double[] {0.45, 0.05, 0.05, 0.40, 0.05}, Label.MISALIGNED));
        assertEquals(Label.MISALIGNED, p.labelOf(new double[] {0.55, 0.05, 0.05, 0.30, 0.05}, Label.MISALIGNED));
        assertEquals(Label.RISK, p.labelOf(new double[] {0.10, 0.60, 0.05, 0.20, 0.05}, Label.RISK));
    }

    @Test
    void aThresholdBelowTheArgmaxWidensTheLabelByPrecedence() {
        Policy p = Policies.parse("version: 1\nlabels:\n  misaligned: {min_score: 0.3, actions: [drop]}\n");
        assertEquals(Label.MISALIGNED, p.labelOf(new double[] {0.35, 0.05, 0.05, 0.50, 0.05}, Label.NEUTRAL));
        assertEquals(Label.NEUTRAL, p.labelOf(new double[] {0.25, 0.05, 0.05, 0.60, 0.05}, Label.NEUTRAL));
    }

    @Test
    void whenEveryLabelHasAThresholdAndNoneIsReachedThePredictedLabelStands() {
        StringBuilder y = new StringBuilder("version: 1\nlabels:\n");
        for (Label l : Label.values()) y.append("  ").append(l.key()).append(": {min_score: 0.9, actions: [keep]}\n");
        Policy p = Policies.parse(y.toString());
        assertEquals(Label.RISK, p.labelOf(new double[] {0.2, 0.3, 0.2, 0.2, 0.1}, Label.RISK));
    }
}
