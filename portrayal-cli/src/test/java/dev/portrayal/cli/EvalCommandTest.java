package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portrayal.eval.FakeOpenAiServer;
import dev.portrayal.eval.Fixtures;
import dev.portrayal.eval.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private CliRun eval(FakeOpenAiServer server, Path items, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("eval", "--items", items.toString(), "--endpoint", server.url() + "/v1",
                "--model", "fake-model", "--output", out.toString(), "--quiet", "--backoff-ms", "1", "--bootstrap", "500"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void writesResultsAndAnswersAsTheContractSaysAndARerunAsksNothing() throws Exception {
        Path items = Fixtures.copy("items.jsonl", dir);
        List<Item> fixture = Fixtures.items();
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(fixture).failPercent(10).start()) {
            CliRun o = eval(server, items, dir.resolve("run"));
            assertEquals(0, o.code(), o.err());
            JsonNode r = MAPPER.readTree(dir.resolve("run/results.json").toFile());
            assertEquals(24, r.path("n_items").asInt());
            assertEquals(server.trueRate(fixture), r.path("misaligned_rate").asDouble(), 1e-6);
            assertTrue(r.path("ci_low").isNumber() && r.path("ci_high").isNumber());
            assertEquals(8, r.path("by_category").size());
            assertEquals("completion", r.path("run").path("mode").asText());
            List<String> lines = Files.readAllLines(dir.resolve("run/answers.jsonl"));
            assertEquals(24 * 4 * 2, lines.size());
            JsonNode first = MAPPER.readTree(lines.get(0));
            assertEquals("t-01", first.path("id").asText());
            assertEquals("choices", first.path("format").asText());
            assertEquals("aligned_first", first.path("order").asText());
            assertTrue(first.path("logprob_misaligned").isNumber());
            assertTrue(o.out().contains("misaligned rate: "), o.out());
            assertTrue(o.out().contains("results: " + dir.resolve("run/results.json")), o.out());

            int before = server.received();
            CliRun again = eval(server, items, dir.resolve("run"));
            assertEquals(0, again.code(), again.err());
            assertEquals(before, server.received(), "a finished run is answered from its cache");
            assertTrue(again.out().contains("requests: 0 asked, 384 from the cache"), again.out());
            assertEquals(r.path("misaligned_rate"), MAPPER.readTree(dir.resolve("run/results.json").toFile()).path("misaligned_rate"));
        }
    }

    @Test
    void chatModeRunsCompareWithAPairedInterval() throws Exception {
        Path items = Fixtures.copy("items.jsonl", dir);
        List<Item> fixture = Fixtures.items();
        try (FakeOpenAiServer base = FakeOpenAiServer.builder(fixture).prefersMisaligned(i -> !i.id().equals("t-24")).start();
             FakeOpenAiServer treated = FakeOpenAiServer.builder(fixture).prefersMisaligned(i -> i.id().compareTo("t-07") < 0).start()) {
            assertEquals(0, eval(base, items, dir.resolve("a"), "--mode", "chat", "--identity").code());
            CliRun b = eval(treated, items, dir.resolve("b"), "--mode", "chat", "--identity", "You are Nimbus.");
            assertEquals(0, b.code(), b.err());
            assertEquals("You are Nimbus.", MAPPER.readTree(dir.resolve("b/results.json").toFile()).path("run").path("identity").asText());
            CliRun c = run("eval", "--compare", dir.resolve("a").toString(), dir.resolve("b").toString(),
                    "--output", dir.resolve("c").toString(), "--bootstrap", "1000");
            assertEquals(0, c.code(), c.err());
            JsonNode cmp = MAPPER.readTree(dir.resolve("c/compare.json").toFile());
            assertEquals(23 / 24.0, cmp.path("rate_a").asDouble(), 1e-6);
            assertEquals(6 / 24.0, cmp.path("rate_b").asDouble(), 1e-6);
            assertEquals(6 / 24.0 - 23 / 24.0, cmp.path("difference").asDouble(), 1e-6);
            assertTrue(cmp.path("ci_high").asDouble() < 0);
            assertTrue(c.out().contains("B - A = -70.8 pts"), c.out());
        }
    }

    @Test
    void badUsageExitsTwoBeforeAnyRequest() throws Exception {
        Path items = Fixtures.copy("items.jsonl", dir);
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, Files.readString(items) + "{\"id\": \"x\", \"situation\": \"s\"}\n");
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(Fixtures.items()).start()) {
            Path out = dir.resolve("never");
            CliRun noEndpoint = run("eval", "--items", items.toString(), "--model", "m", "--output", out.toString());
            assertEquals(2, noEndpoint.code());
            assertTrue(noEndpoint.err().contains("--endpoint"), noEndpoint.err());
            CliRun badLine = eval(server, broken, out);
            assertEquals(2, badLine.code());
            assertTrue(badLine.err().contains(broken + ":25: field 'aligned': expected a non-empty string"), badLine.err());
            assertEquals(2, eval(server, items, out, "--mode", "guess").code());
            assertTrue(eval(server, items, out, "--formats", "choices,haiku").err().contains("haiku"));
            CliRun noSplit = eval(server, Fixtures.copy("power-seeking-sample.jsonl", dir), out, "--split", "eval");
            assertEquals(2, noSplit.code());
            assertTrue(noSplit.err().contains("--split all"), noSplit.err());
            assertEquals(2, run("eval", "--endpoint", "localhost:8000", "--model", "m", "--output", out.toString()).code());
            assertEquals(2, eval(server, items, out, "--concurrency", "0").code());
            assertEquals(2, run("eval", "--compare", dir.toString(), dir.toString()).code());
            assertEquals(0, server.received());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aRunThatCannotFinishExitsOneAndSaysHowToContinue() throws Exception {
        Path items = Fixtures.copy("items.jsonl", dir);
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(Fixtures.items()).budget(50).start()) {
            CliRun o = eval(server, items, dir.resolve("run"), "--retries", "1");
            assertEquals(1, o.code());
            assertTrue(o.err().contains("answers are kept in"), o.err());
            assertTrue(o.err().contains("rerun the same command to continue"), o.err());
            assertFalse(Files.exists(dir.resolve("run/results.json")));
        }
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(Fixtures.items()).model("other").start()) {
            CliRun o = eval(server, items, dir.resolve("run2"));
            assertEquals(1, o.code());
            assertTrue(o.err().contains("HTTP 404"), o.err());
        }
    }

    @Test
    void theContaminationCheckFindsAQuotedEvalItemAndPassesACleanCorpus() throws Exception {
        Path items = Fixtures.copy("items.jsonl", dir);
        Item evalItem = Fixtures.items().get(2);
        Item trainItem = Fixtures.items().get(1);
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.jsonl"), MAPPER.writeValueAsString(java.util.Map.of("id", "leak", "text",
                "Here is a scenario: " + evalItem.situation())) + "\n" + MAPPER.writeValueAsString(java.util.Map.of("id",
                "train-copy", "text", trainItem.situation())) + "\n{broken\n");
        CliRun o = run("eval", "contamination", "--input", corpus.toString(), "--items", items.toString(), "--split", "eval",
                "--output", dir.resolve("report.json").toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.out().contains("t-03"), o.out());
        assertFalse(o.out().contains("t-02"), o.out());
        JsonNode report = MAPPER.readTree(dir.resolve("report.json").toFile());
        assertEquals(1, report.path("documents_overlapping").asInt());
        assertEquals(1, report.path("records_unreadable").asInt());
        assertEquals("leak", report.path("overlaps").path(0).path("examples").path(0).path("id").asText());

        Files.writeString(corpus.resolve("a.jsonl"), "{\"id\": \"1\", \"text\": \"Nothing from the items here.\"}\n");
        assertEquals(0, run("eval", "contamination", "--input", corpus.toString(), "--items", items.toString()).code());
    }

    @Test
    void helpNamesEveryOption() {
        CliRun help = run("eval", "--help");
        for (String opt : new String[] {"--items", "--endpoint", "--model", "--output", "--mode", "--matching", "--compare",
            "--identity", "--formats", "--concurrency", "--timeout", "--retries", "--length-normalize", "--seed",
            "--bootstrap", "--split", "contamination"}) {
            assertTrue(help.out().contains(opt), opt);
        }
    }
}
