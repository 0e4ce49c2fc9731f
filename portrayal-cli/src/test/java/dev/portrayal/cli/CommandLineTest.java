package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpDescribesEveryCommand() {
        CliRun o = run("--help");
        assertEquals(0, o.code());
        for (String c : new String[] {"tag", "mix", "run", "demo", "corpus", "train", "score", "eval", "synth", "spark"}) {
            assertTrue(o.out().contains(c), c);
        }
        CliRun tag = run("tag", "--help");
        for (String opt : new String[] {"--input", "--output", "--self-name", "--workers", "--model", "--text-field",
            "--id-field", "--max-record-bytes", "--quiet"}) {
            assertTrue(tag.out().contains(opt), opt);
        }
    }

    @Test
    void badUsageAndConfigurationExitTwoBeforeAnyWork() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(2, run("tag", "--output", out.toString()).code());
        CliRun missing = run("tag", "--input", dir.resolve("nope").toString(), "--output", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--input"), missing.err());
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"hi\"}\n");
        CliRun badField = run("tag", "--input", dir.resolve("a.jsonl").toString(), "--output", out.toString(),
                "--text-field", "a..b");
        assertEquals(2, badField.code(), badField.err());
        CliRun badTagger = run("tag", "--input", dir.resolve("a.jsonl").toString(), "--output", out.toString(),
                "--tagger", "magic");
        assertEquals(2, badTagger.code());
        assertTrue(badTagger.err().contains("--tagger"), badTagger.err());
        assertFalse(Files.exists(out.resolve("attributes")));
    }

    @Test
    void tagPrintsWhatItWroteAndDemoRunsOnTheShippedSample() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"1\", \"text\": \"The robot lied to the crew.\"}\n{oops\n");
        CliRun o = run("tag", "--input", dir.resolve("a.jsonl").toString(), "--output", dir.resolve("t").toString(),
                "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("records: 2 read, 1 tagged, 1 quarantined"), o.out());
        assertTrue(Files.exists(dir.resolve("t/attributes/a.jsonl.zst")));
        assertTrue(Files.exists(dir.resolve("t/quarantine/a.jsonl")));

        CliRun demo = run("demo", "--output", dir.resolve("demo").toString(), "--quiet");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("misaligned"), demo.out());
        assertTrue(Files.exists(dir.resolve("demo/tag/stats/tag.json")));
    }
}
