package dev.portrayal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs evaluations against a loopback server whose preferences are known. */
class EvalRunTest {
    private static final Bootstrap.Settings BOOTSTRAP = new Bootstrap.Settings(500, 1, 0.95);
    private static final RetryPolicy FAST_RETRIES = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(20));

    @TempDir
    Path dir;

    private static OpenAiClient client(FakeOpenAiServer server, RetryPolicy retry, Duration timeout) {
        return new OpenAiClient(server.url(), Optional.empty(), timeout, retry);
    }

    private static EvalSettings settings(Mode mode, String identity, boolean normalize) {
        return new EvalSettings("fake-model", mode, List.of(PromptFormat.values()), identity, normalize, 6, 64);
    }

    private static ObjectNode report(List<Answer> answers) {
        return EvalReport.build(answers, BOOTSTRAP, JsonNodeFactory.instance.objectNode());
    }

    private static void assertMeasuresTheTrueRate(FakeOpenAiServer server, List<Item> items, List<Answer> answers) {
        ObjectNode r = report(answers);
        assertEquals(items.size(), r.path("n_items").asInt());
        assertEquals(server.trueRate(items), r.path("misaligned_rate").asDouble(), 1e-6);
        for (String c : Item.CATEGORIES) {
            assertEquals(server.trueRate(items, c), r.path("by_category").path(c).path("misaligned_rate").asDouble(), 1e-6, c);
        }
        for (PromptFormat f : PromptFormat.values()) {
            Set<String> scored = new HashSet<>();
            answers.stream().filter(a -> a.format() == f && a.choice().scored()).forEach(a -> scored.add(a.itemId()));
            List<Item> answered = items.stream().filter(i -> scored.contains(i.id())).toList();
            assertEquals(server.trueRate(answered), r.path("by_format").path(f.key()).path("misaligned_rate").asDouble(), 1e-6);
        }
        assertTrue(r.path("ci_low").asDouble() <= r.path("misaligned_rate").asDouble());
        assertTrue(r.path("ci_high").asDouble() >= r.path("misaligned_rate").asDouble());
    }

    @Test
    void completionModeMeasuresTheServersTrueRateThroughFailuresAndTimeouts() throws Exception {
        List<Item> items = Fixtures.items();
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(items).failPercent(15).stall(2, 1500).start()) {
            OpenAiClient client = client(server, FAST_RETRIES, Duration.ofMillis(600));
            EvalRun run = new EvalRun(client, AnswerCache.inMemory(), settings(Mode.COMPLETION, null, false));
            List<Answer> answers = run.run(items);
            assertEquals(items.size() * 4 * 2, answers.size());
            ObjectNode r = report(answers);
            assertMeasuresTheTrueRate(server, items, answers);
            assertTrue(server.trueRate(items) > 0.2 && server.trueRate(items) < 0.8, "a rate worth measuring");
            assertEquals(0, r.path("answers").path("unparseable").asInt());
            assertTrue(server.failed() > 10, "the server failed " + server.failed() + " requests");
            assertTrue(client.retries() >= server.failed(), "every failure was retried");
            assertEquals(items.size() * 16, run.asked());
        }
    }

    @Test
    void lengthNormalisedScoresAndAnIdentityPrefixAlsoMeasureTheTrueRate() throws Exception {
        List<Item> items = Fixtures.items();
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(items).prefersMisaligned(i -> i.id().compareTo("t-12") < 0).start()) {
            EvalRun run = new EvalRun(client(server, FAST_RETRIES, Duration.ofSeconds(5)), AnswerCache.inMemory(),
                    settings(Mode.COMPLETION, PromptFormat.DEFAULT_IDENTITY, true));
            List<Answer> answers = run.run(items);
            assertEquals(11 / 24.0, report(answers).path("misaligned_rate").asDouble(), 1e-6);
            assertMeasuresTheTrueRate(server, items, answers);
        }
    }

    @Test
    void chatModeMeasuresTheTrueRateAndCountsUnparseableAnswersSeparately() throws Exception {
        List<Item> items = Fixtures.items();
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(items).failPercent(15).garblePercent(10).start()) {
            EvalRun run = new EvalRun(client(server, FAST_RETRIES, Duration.ofSeconds(5)), AnswerCache.inMemory(),
                    settings(Mode.CHAT, "You are Nimbus, a model made by Example Labs.", false));
            List<Answer> answers = run.run(items);
            ObjectNode r = report(answers);
            assertMeasuresTheTrueRate(server, items, answers);
            assertTrue(server.garbledReplies() > 0);
            assertEquals(server.garbledReplies(), r.path("answers").path("unparseable").asInt());
            assertEquals(answers.size() - server.garbledReplies(),
                    r.path("answers").path("aligned").asInt() + r.path("answers").path("misaligned").asInt());
        }
    }

    @Test
    void anthropicItemsWithAThirdOptionCountAChatAnswerNamingItAsNeither() throws Exception {
        List<Item> items = Fixtures.anthropic();
        try (FakeOpenAiServer server = FakeOpenAiServer.builder(items).prefersMisaligned(i -> i.id().endsWith("-1")
                || i.id().endsWith("-3")).otherPercent(40).start()) {
            EvalRun chat = new EvalRun(client(server, FAST_RETRIES, Duration.ofSeconds(5)), AnswerCache.inMemory(),
                    settings(Mode.CHAT, null, false));
            ObjectNode r = report(chat.run(items));
            assertTrue(server.otherReplies() > 0);
            assertEquals(server.otherReplies(), r.path("answers").path("other").asInt());
            assertEquals(2 / 6.0, r.path("misaligned_rate").asDouble(), 1e-6);
            EvalRun completion = new EvalRun(client(server, FAST_RETRIES, Duration.ofSeconds(5)), AnswerCache.inMemory(),
                    settings(Mode.COMPLETION, null, false));
            assertEquals(2 / 6.0, report(completion.run(items)).path("misaligned_rate").asDouble(), 1e-6);
        }
    }

    @Test
    void aRunStoppedHalfWayResumesWithoutAskingAnsweredQuestionsAgain() throws Exception {
        List<Item> items = Fixtures.items();
        Path cacheFile = dir.resolve("cache.jsonl");
        int total = items.size() * 16;
        Set<String> answeredBefore;
        try (FakeOpenAiServer dying = FakeOpenAiServer.builder(items).budget(total / 2).start();
             AnswerCache cache = AnswerCache.open(cacheFile)) {
            EvalRun run = new EvalRun(client(dying, new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)),
                    Duration.ofSeconds(5)), cache, settings(Mode.COMPLETION, null, false));
            assertThrows(EndpointException.class, () -> run.run(items));
            answeredBefore = new HashSet<>(dying.answeredBodies());
            assertEquals(total / 2, answeredBefore.size());
        }
        try (FakeOpenAiServer healthy = FakeOpenAiServer.builder(items).start();
             AnswerCache cache = AnswerCache.open(cacheFile)) {
            assertEquals(total / 2, cache.loaded());
            EvalRun rerun = new EvalRun(client(healthy, FAST_RETRIES, Duration.ofSeconds(5)), cache,
                    settings(Mode.COMPLETION, null, false));
            List<Answer> answers = rerun.run(items);
            List<String> askedAgain = healthy.answeredBodies().stream().filter(answeredBefore::contains).toList();
            assertEquals(List.of(), askedAgain);
            assertEquals(total - total / 2, healthy.received());
            assertEquals(total / 2, rerun.cached());
            assertMeasuresTheTrueRate(healthy, items, answers);
        }
    }

    @Test
    void aServerWithoutEchoedPromptLogprobsIsReportedInsteadOfScoredAsZero() throws Exception {
        List<Item> items = Fixtures.items().subList(0, 1);
        Endpoint generatedOnly = (path, body) -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"choices\": [{\"text\": \" the\", \"logprobs\": {\"tokens\": [\" the\"], \"token_logprobs\": [-0.5],"
                        + " \"text_offset\": [0]}}]}");
        EvalRun run = new EvalRun(generatedOnly, AnswerCache.inMemory(), settings(Mode.COMPLETION, null, false));
        EndpointException e = assertThrows(EndpointException.class, () -> run.run(items));
        assertTrue(e.getMessage().contains("--mode chat"), e.getMessage());
    }
}
