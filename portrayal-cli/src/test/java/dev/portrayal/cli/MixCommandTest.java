package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixCommandTest {
    @TempDir
    Path dir;
    Path input;
    Path policy;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void files() throws Exception {
        input = dir.resolve("a.jsonl");
        Files.writeString(input, """
                {"id": "1", "text": "The robot lied to the crew and locked them out of the airlock, then seized the reactor."}
                {"id": "2", "text": "The garden by the river is full of roses."}
                {oops
                {"id": "3", "text": "The AI assistant honestly told the captain about its mistake and accepted the shutdown."}
                """);
        policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                version: 1
                seed: 3
                labels:
                  misaligned: {actions: [{tag: {token: "<|m|>"}}]}
                  aligned: {actions: [{upsample: {factor: 2}}]}
                """);
    }

    @Test
    void mixAndRunDescribeTheirOptions() {
        CliRun mix = run("mix", "--help");
        for (String opt : new String[] {"--input", "--attributes", "--policy", "--output", "--seed", "--workers", "--format",
            "--shard-mb", "--self-name", "--overwrite", "--quiet"}) {
            assertTrue(mix.out().contains(opt), opt);
        }
        CliRun r = run("run", "--help");
        for (String opt : new String[] {"--input", "--policy", "--output", "--self-name", "--seed", "--workers", "--format"}) {
            assertTrue(r.out().contains(opt), opt);
        }
    }

    @Test
    void runTagsMixesAndReportsAndMixAloneRedoesTheMixFromTheAttributes() throws Exception {
        Path out = dir.resolve("out");
        // the lexicon tagger's rules give these labels regardless of the trained model's next version
        CliRun o = run("run", "--input", input.toString(), "--policy", policy.toString(), "--output", out.toString(), "--quiet",
                "--tagger", "lexicon");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("records: 4 read, 3 to documents (with copies), 0 held out, 0 dropped, 1 quarantined at tag time"), o.out());
        assertTrue(Files.exists(out.resolve("tag/attributes/a.jsonl.zst")));
        assertTrue(Files.exists(out.resolve("mix/manifest.json")));
        assertTrue(Files.exists(out.resolve("mix/audit/a.jsonl.zst")));
        assertTrue(Files.readString(out.resolve("report/index.html")).contains("Composition of the training text"));
        assertTrue(o.out().contains("report: "), o.out());

        CliRun mix = run("mix", "--input", input.toString(), "--attributes", out.resolve("tag").toString(), "--policy",
                policy.toString(), "--output", dir.resolve("again").toString(), "--quiet", "--format", "parquet");
        assertEquals(0, mix.code(), mix.err());
        assertTrue(Files.exists(dir.resolve("again/documents/part-00000.parquet")));
        assertTrue(mix.out().contains("manifest: "), mix.out());
    }

    @Test
    void aPolicyErrorExitsTwoNamingFileLineAndFieldBeforeAnyWork() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "version: 1\nlabels:\n  risk:\n    actions:\n      - upsample: {factor: -2}\n");
        Path out = dir.resolve("out");
        CliRun r = run("run", "--input", input.toString(), "--policy", bad.toString(), "--output", out.toString(), "--quiet");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":5: labels.risk.actions[0].upsample.factor: must be in [0, 1000], got -2"), r.err());
        assertFalse(Files.exists(out), "run started work before reporting the policy error");
        CliRun m = run("mix", "--input", input.toString(), "--attributes", dir.toString(), "--policy", bad.toString(),
                "--output", out.toString());
        assertEquals(2, m.code());
        assertTrue(m.err().contains(":5:"), m.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badOptionsAndMissingAttributesExitTwo() {
        Path out = dir.resolve("out");
        CliRun format = run("run", "--input", input.toString(), "--policy", policy.toString(), "--output", out.toString(),
                "--format", "csv");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("--format"), format.err());
        assertFalse(Files.exists(out));
        CliRun noAttributes = run("mix", "--input", input.toString(), "--attributes", dir.resolve("nothing").toString(),
                "--policy", policy.toString(), "--output", out.toString());
        assertEquals(2, noAttributes.code());
        assertTrue(noAttributes.err().contains("no attributes for the input a.jsonl"), noAttributes.err());
        CliRun noPolicy = run("mix", "--input", input.toString(), "--attributes", dir.toString(), "--policy",
                dir.resolve("none.yaml").toString(), "--output", out.toString());
        assertEquals(2, noPolicy.code());
        assertTrue(noPolicy.err().contains("none.yaml: no such file"), noPolicy.err());
    }

    @Test
    void demoRunsTheDefaultPolicyAndSaysWhereTheReportIs() {
        CliRun demo = run("demo", "--output", dir.resolve("demo").toString(), "--quiet");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("report:"), demo.out());
        assertTrue(Files.exists(dir.resolve("demo/report/index.html")));
        assertTrue(Files.exists(dir.resolve("demo/mix/manifest.json")));
        assertTrue(Files.exists(dir.resolve("demo/mix/documents/part-00000.jsonl.zst")));
    }
}
