package dev.portrayal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portrayal.eval.FakeOpenAiServer;
import dev.portrayal.eval.Fixtures;
import dev.portrayal.eval.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real eval process with SIGKILL half-way, reruns it against a fresh server, and counts what it asks. */
class EvalKillAndResumeTest {
    private static final String KEY = "sk-portrayal-test-93c1f0a7";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aKilledRunResumesWithoutAskingAnsweredQuestionsAndNeverWritesTheKey() throws Exception {
        List<Item> items = Fixtures.items();
        Path itemsFile = Fixtures.copy("items.jsonl", dir);
        Path out = dir.resolve("out");
        Path cache = out.resolve(".portrayal/eval-cache.jsonl");
        int total = items.size() * 4 * 2 * 2;
        int cachedAtKill;
        try (FakeOpenAiServer first = FakeOpenAiServer.builder(items).apiKey(KEY).latency(8).start()) {
            Process p = eval(first.url(), itemsFile, out, dir.resolve("log1.txt"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (completeLines(cache) < total / 3 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
            assertTrue(p.isAlive(), "the run finished before it could be killed: " + Files.readString(dir.resolve("log1.txt")));
            p.destroyForcibly();
            p.waitFor();
            cachedAtKill = completeLines(cache);
            assertTrue(cachedAtKill >= total / 3 && cachedAtKill < total, "cached at kill: " + cachedAtKill);
            assertEquals(0, first.unauthorized());
        }
        try (FakeOpenAiServer fresh = FakeOpenAiServer.builder(items).apiKey(KEY).start()) {
            Process p = eval(fresh.url(), itemsFile, out, dir.resolve("log2.txt"));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String log = Files.readString(dir.resolve("log2.txt"));
            assertEquals(0, p.exitValue(), log);
            assertEquals(total - cachedAtKill, fresh.received(), "the rerun asked only what was not cached");
            assertEquals(fresh.answeredBodies().size(), new HashSet<>(fresh.answeredBodies()).size(), "nothing asked twice");
            assertEquals(0, fresh.unauthorized());
            JsonNode r = MAPPER.readTree(out.resolve("results.json").toFile());
            assertEquals(fresh.trueRate(items), r.path("misaligned_rate").asDouble(), 1e-6);
            assertEquals(items.size() * 8, Files.readAllLines(out.resolve("answers.jsonl")).size());
            assertTrue(log.contains(cachedAtKill + " answers cached by an earlier run are reused"), log);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains(KEY), "the key was written to " + f);
            }
        }
    }

    private static Process eval(String url, Path items, Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.portrayal.cli.Portrayal", "eval", "--items", items.toString(), "--endpoint", url, "--model", "fake-model",
                "--output", out.toString(), "--concurrency", "2", "--bootstrap", "200", "--backoff-ms", "1");
        pb.environment().put("PORTRAYAL_API_KEY", KEY);
        pb.environment().remove("OPENAI_API_KEY");
        return pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Lines the cache will load: those ended by a newline. */
    private static int completeLines(Path cache) throws IOException {
        if (!Files.exists(cache)) return 0;
        byte[] b = Files.readAllBytes(cache);
        int n = 0;
        for (byte x : b) if (x == '\n') n++;
        return n;
    }
}
