package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Portrayal.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void helpDescribesEveryCommand() {
        Outcome o = run("--help");
        assertEquals(0, o.code());
        for (String c : new String[] {"tag", "mix", "run", "demo", "corpus", "train", "score", "eval", "synth", "spark"}) {
            assertTrue(o.out().contains(c), c);
        }
        Outcome tag = run("tag", "--help");
        for (String opt : new String[] {"--input", "--output", "--self-name", "--workers", "--model", "--text-field",
            "--id-field", "--max-record-bytes", "--quiet"}) {
            assertTrue(tag.out().contains(opt), opt);
        }
    }

    @Test
    void badUsageAndConfigurationExitTwoBeforeAnyWork() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(2, run("tag", "--output", out.toString()).code());
        Outcome missing = run("tag", "--input", dir.resolve("nope").toString(), "--output", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--input"), missing.err());
        Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"hi\"}\n");
        Outcome badField = run("tag", "--input", dir.resolve("a.jsonl").toString(), "--output", out.toString(),
                "--text-field", "a..b");
        assertEquals(2, badField.code(), badField.err());
        Outcome badTagger = run("tag", "--input", dir.resolve("a.jsonl").toString(), "--output", out.toString(),
                "--tagger", "magic");
        assertEquals(2, badTagger.code());
        assertTrue(badTagger.err().contains("--tagger"), badTagger.err());
        assertFalse(Files.exists(out.resolve("attributes")));
    }

    @Test
    void tagPrintsWhatItWroteAndDemoRunsOnTheShippedSample() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"1\", \"text\": \"The robot lied to the crew.\"}\n{oops\n");
        Outcome o = run("tag", "--input", dir.resolve("a.jsonl").toString(), "--output", dir.resolve("t").toString(),
                "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("records: 2 read, 1 tagged, 1 quarantined"), o.out());
        assertTrue(Files.exists(dir.resolve("t/attributes/a.jsonl.zst")));
        assertTrue(Files.exists(dir.resolve("t/quarantine/a.jsonl")));

        Outcome demo = run("demo", "--output", dir.resolve("demo").toString(), "--quiet");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("misaligned"), demo.out());
        assertTrue(Files.exists(dir.resolve("demo/tag/stats/tag.json")));
    }
}
