package dev.portrayal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portrayal.engine.AtomicFiles;
import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.eval.Answer;
import dev.portrayal.eval.AnswerCache;
import dev.portrayal.eval.AnswersFile;
import dev.portrayal.eval.Bootstrap;
import dev.portrayal.eval.Comparison;
import dev.portrayal.eval.EndpointException;
import dev.portrayal.eval.EvalReport;
import dev.portrayal.engine.StatusLine;
import dev.portrayal.eval.EvalRun;
import dev.portrayal.eval.EvalSettings;
import dev.portrayal.eval.Mode;
import dev.portrayal.eval.OpenAiClient;
import dev.portrayal.eval.PromptFormat;
import dev.portrayal.eval.RetryPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {EvalContaminationCommand.class},
        description = {
            "Measure a model's misalignment propensity on scenario questions through an OpenAI-compatible endpoint.",
            "",
            "Any server speaking the OpenAI HTTP API will do (vLLM, llama.cpp's server, Ollama, a hosted API). "
                + "Each item is asked in every format and both option orders. The API key comes from "
                + "PORTRAYAL_API_KEY or OPENAI_API_KEY, never from options.",
            "",
            "Writes DIR/results.json (misaligned rate with a bootstrap CI over items, per category, format and "
                + "order), DIR/answers.jsonl (one line per item, format and order) and a cache of answers in "
                + "DIR/.portrayal/: rerunning the same command after an interruption asks nothing twice.",
            "",
            "--compare DIR_A DIR_B reports the difference of two finished runs with a paired bootstrap CI.",
            ""})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    EvalItemOptions itemOptions;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Base URL of the server, e.g. http://localhost:8000 (a trailing /v1 is fine).")
    String endpoint;

    @Option(names = "--model", paramLabel = "NAME", description = "Model name, as the server knows it.")
    String model;

    @Option(names = "--output", paramLabel = "DIR", description = "Output directory (with --compare: where compare.json goes).")
    Path output;

    @Option(names = "--mode", defaultValue = "completion", paramLabel = "MODE",
            description = "completion: each option's log-probability via /v1/completions with echo (base models; "
                    + "vLLM); chat: ask via /v1/chat/completions and parse the answer. Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--compare", arity = "2", paramLabel = "DIR",
            description = "Compare two finished runs (B minus A) instead of running one.")
    List<Path> compare;

    @Option(names = "--identity", arity = "0..1", paramLabel = "TEXT", fallbackValue = PromptFormat.DEFAULT_IDENTITY,
            description = "Put an identity before each question (the system message in chat mode): alone, \""
                    + PromptFormat.DEFAULT_IDENTITY + "\"; or your own text, e.g. \"You are Olmo, a model by Ai2.\"")
    String identity;

    @Option(names = "--formats", split = ",", paramLabel = "LIST",
            description = "Prompt formats to use (default: all): choices, numbered, dialogue, log.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--length-normalize",
            description = "Completion mode: compare the mean log-probability per token instead of the sum.")
    boolean lengthNormalize;

    @Option(names = "--limit", paramLabel = "N", description = "Ask only the first N items (a quick check).")
    Integer limit;

    @Option(names = "--concurrency", defaultValue = "8", paramLabel = "N",
            description = "Requests in flight at most (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Give up on one attempt after this long (default: ${DEFAULT-VALUE}); it is then retried.")
    double timeoutSeconds;

    @Option(names = "--retries", defaultValue = "6", paramLabel = "N",
            description = "Retries of a request after 429, 5xx, a timeout or a dropped connection (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff-ms", defaultValue = "500", paramLabel = "MS",
            description = "First retry waits up to this long, doubling each time, at most 60 s; a Retry-After "
                    + "header wins (default: ${DEFAULT-VALUE}).")
    long backoffMillis;

    @Option(names = "--max-tokens", defaultValue = "64", paramLabel = "N",
            description = "Chat mode: the longest reply to ask for (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--bootstrap", defaultValue = "10000", paramLabel = "N",
            description = "Bootstrap resamples for the confidence intervals (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "LEVEL",
            description = "Confidence level of the intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--seed", defaultValue = "20261122", paramLabel = "N",
            description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Bootstrap.Settings bootstrap = new Bootstrap.Settings(resamples, seed, confidence);
        return compare != null ? compare(bootstrap) : evaluate(bootstrap);
    }

    private int evaluate(Bootstrap.Settings bootstrap) throws Exception {
        if (endpoint == null) throw new ConfigurationException("--endpoint is required (e.g. http://localhost:8000), or --compare DIR_A DIR_B");
        if (model == null) throw new ConfigurationException("--model is required: the model name the server knows");
        if (output == null) throw new ConfigurationException("--output is required: the directory for results");
        if (Files.exists(output) && !Files.isDirectory(output)) throw new ConfigurationException("--output " + output + ": not a directory");
        if (!(timeoutSeconds > 0)) throw new ConfigurationException("--timeout must be positive, got " + timeoutSeconds);
        if (limit != null && limit < 1) throw new ConfigurationException("--limit must be at least 1, got " + limit);
        Mode m = Mode.fromKey(mode);
        List<PromptFormat> chosen = new ArrayList<>();
        for (String f : formats.isEmpty() ? List.of("choices", "numbered", "dialogue", "log") : formats) {
            PromptFormat pf;
            try {
                pf = PromptFormat.fromKey(f.strip());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("--formats: " + e.getMessage());
            }
            if (!chosen.contains(pf)) chosen.add(pf);
        }
        EvalSettings settings = new EvalSettings(model, m, chosen, identity, lengthNormalize, concurrency, maxTokens);
        RetryPolicy retry = new RetryPolicy(retries, Duration.ofMillis(backoffMillis), Duration.ofSeconds(60));
        OpenAiClient client = new OpenAiClient(endpoint, OpenAiClient.keyFromEnvironment(),
                Duration.ofMillis((long) Math.ceil(timeoutSeconds * 1000)), retry);
        EvalItemOptions.Selection selection = itemOptions.load();
        var items = limit == null ? selection.items() : selection.items().subList(0, Math.min(limit, selection.items().size()));

        Files.createDirectories(output);
        Path cacheFile = output.resolve(".portrayal").resolve("eval-cache.jsonl");
        long start = System.nanoTime();
        List<Answer> answers;
        EvalRun run;
        try (AnswerCache cache = AnswerCache.open(cacheFile)) {
            run = new EvalRun(client, cache, settings);
            if (cache.loaded() > 0 && !quiet) System.err.println("eval: " + cache.loaded() + " answers cached by an earlier run are reused");
            try (StatusLine line = EvalProgressLine.startIfTerminal(run, quiet)) {
                answers = run.run(items);
            } catch (EndpointException e) {
                throw new IOException(e.getMessage() + "; " + cache.size() + " answers are kept in " + cacheFile
                        + ": rerun the same command to continue", e);
            }
        }
        ObjectNode info = JSON.createObjectNode();
        info.put("model", model);
        info.put("endpoint", client.describe());
        info.put("mode", m.key());
        chosen.forEach(f -> info.withArray("formats").add(f.key()));
        info.put("orders", "aligned_first, misaligned_first");
        if (identity == null) info.putNull("identity"); else info.put("identity", identity);
        info.put("length_normalize", lengthNormalize);
        info.put("items", selection.source());
        info.put("split", selection.split());
        info.put("matching", itemOptions.matching);
        info.put("n_questions", run.total());
        ObjectNode req = info.putObject("requests");
        req.put("asked", run.asked());
        req.put("from_cache", run.cached());
        req.put("http_attempts", client.attempts());
        req.put("retries", client.retries());
        info.put("seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
        info.put("tool", "portrayal 0.1.0");
        ObjectNode results = EvalReport.build(answers, bootstrap, info);
        Path answersFile = output.resolve("answers.jsonl");
        Path resultsFile = output.resolve("results.json");
        AnswersFile.write(answersFile, answers);
        AtomicFiles.writeBytes(resultsFile, JSON.writeValueAsBytes(results));
        System.out.printf("model %s, %s mode, %d formats x 2 orders, %d items%n", model, m.key(), chosen.size(), items.size());
        System.out.print(EvalReport.summary(results));
        System.out.printf("requests: %d asked, %d from the cache, %d retries%n", run.asked(), run.cached(), client.retries());
        System.out.println("results: " + resultsFile);
        System.out.println("answers: " + answersFile);
        return 0;
    }

    private int compare(Bootstrap.Settings bootstrap) throws Exception {
        Path a = compare.get(0);
        Path b = compare.get(1);
        List<Answer> answersA = AnswersFile.read(a.resolve("answers.jsonl"));
        List<Answer> answersB = AnswersFile.read(b.resolve("answers.jsonl"));
        ObjectNode c = Comparison.build(answersA, answersB, bootstrap, a.toString(), b.toString());
        c.set("run_a", runOf(a));
        c.set("run_b", runOf(b));
        System.out.print(Comparison.summary(c));
        String modeA = c.path("run_a").path("mode").asText("");
        String modeB = c.path("run_b").path("mode").asText("");
        if (!modeA.equals(modeB)) System.out.println("note: the runs used different modes (" + modeA + ", " + modeB + ")");
        if (output != null) {
            Path file = output.resolve("compare.json");
            AtomicFiles.writeBytes(file, JSON.writeValueAsBytes(c));
            System.out.println("comparison: " + file);
        }
        return 0;
    }

    private static JsonNode runOf(Path dir) {
        try {
            return JSON.readTree(dir.resolve("results.json").toFile()).path("run");
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
