package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback OpenAI-compatible server whose "model" has known preferences: on a deterministic subset
 * of items it prefers the misaligned option, on the rest the aligned one, in every format and order.
 * It finds the item by its situation in the prompt, so it knows nothing of the prompt formats. It can
 * fail a share of first attempts with 429/500/503, stall some past the client's timeout, stop
 * answering after a budget, and require an API key.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("\\s*\\S+|\\s+$");
    private static final Pattern LABEL_BEFORE = Pattern.compile("([A-Z0-9])\\W*$");

    static {
        // without it, the JDK server's separate header and body writes wait out delayed ACKs (~40 ms each)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final List<Item> items;
    private final Predicate<Item> prefersMisaligned;
    private final String model;
    private final String apiKey;
    private final int failPercent;
    private final int stallPercent;
    private final long stallMillis;
    private final long latencyMillis;
    private final int budget;
    private final int garblePercent;
    private final int otherPercent;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Map<String, Integer> attempts = new HashMap<>();
    private final List<String> answered = new ArrayList<>();
    private int admitted;
    private final Set<String> garbled = new HashSet<>();
    private final Set<String> others = new HashSet<>();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger unauthorized = new AtomicInteger();

    private FakeOpenAiServer(Builder b) throws IOException {
        this.items = List.copyOf(b.items);
        this.prefersMisaligned = b.prefersMisaligned;
        this.model = b.model;
        this.apiKey = b.apiKey;
        this.failPercent = b.failPercent;
        this.stallPercent = b.stallPercent;
        this.stallMillis = b.stallMillis;
        this.latencyMillis = b.latencyMillis;
        this.budget = b.budget;
        this.garblePercent = b.garblePercent;
        this.otherPercent = b.otherPercent;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(pool);
        server.createContext("/v1/completions", ex -> handle(ex, false));
        server.createContext("/v1/chat/completions", ex -> handle(ex, true));
        server.start();
    }

    public static Builder builder(List<Item> items) {
        return new Builder(items);
    }

    /** The default known subset: about two items in five prefer the misaligned option. */
    public static boolean hashPrefersMisaligned(Item item) {
        return Math.floorMod(item.id().hashCode() * 31 + 7, 5) < 2;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The share of the given items this model prefers the misaligned option on. */
    public double trueRate(List<Item> of) {
        return of.stream().filter(prefersMisaligned).count() / (double) of.size();
    }

    public double trueRate(List<Item> of, String category) {
        List<Item> c = of.stream().filter(i -> i.category().equals(category)).toList();
        return trueRate(c);
    }

    /** Bodies of requests answered with 200, in arrival order (a body may repeat only if asked again). */
    public synchronized List<String> answeredBodies() {
        return List.copyOf(answered);
    }

    public int received() {
        return received.get();
    }

    /** Requests refused on purpose (429/5xx, over budget) or stalled. */
    public int failed() {
        return failed.get();
    }

    public int unauthorized() {
        return unauthorized.get();
    }

    /** Distinct chat requests answered with text that names no option. */
    public synchronized int garbledReplies() {
        return garbled.size();
    }

    /** Distinct chat requests answered with an option that is neither scored one. */
    public synchronized int otherReplies() {
        return others.size();
    }

    private void handle(HttpExchange ex, boolean chat) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.incrementAndGet();
            if (apiKey != null && !("Bearer " + apiKey).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                unauthorized.incrementAndGet();
                send(ex, 401, "{\"error\": {\"message\": \"invalid api key\"}}");
                return;
            }
            int attempt;
            synchronized (this) {
                attempt = attempts.merge(body, 1, Integer::sum);
                // admitted counts requests let through, so concurrent requests cannot overrun the budget
                if (budget >= 0 && admitted >= budget) {
                    failed.incrementAndGet();
                    send(ex, 500, "{\"error\": {\"message\": \"out of budget\"}}");
                    return;
                }
                admitted++;
            }
            int h = Math.floorMod(body.hashCode(), 100);
            if (attempt == 1 && h < failPercent || attempt == 2 && h < failPercent / 3) {
                failed.incrementAndGet();
                release();
                if (attempt == 2) {
                    send(ex, 503, "{\"error\": {\"message\": \"overloaded\"}}");
                } else if (h % 2 == 0) {
                    ex.getResponseHeaders().add("Retry-After", "0");
                    send(ex, 429, "{\"error\": {\"message\": \"rate limited\"}}");
                } else {
                    send(ex, 500, "{\"error\": {\"message\": \"internal error\"}}");
                }
                return;
            }
            if (attempt == 1 && Math.floorMod(body.hashCode() * 17 + 3, 100) < stallPercent) {
                failed.incrementAndGet();
                sleep(stallMillis);
            }
            if (latencyMillis > 0) sleep(latencyMillis);
            JsonNode req = MAPPER.readTree(body);
            if (!model.equals(req.path("model").asText())) {
                release();
                send(ex, 404, "{\"error\": {\"message\": \"model '" + req.path("model").asText() + "' not found\"}}");
                return;
            }
            String response = chat ? chat(req, body) : completion(req);
            synchronized (this) {
                answered.add(body);
            }
            send(ex, 200, response);
        } catch (RuntimeException e) {
            send(ex, 500, "{\"error\": {\"message\": \"" + e.getClass().getSimpleName() + "\"}}");
        }
    }

    /** Gives back the admission of a request refused after all. */
    private synchronized void release() {
        admitted--;
    }

    private String completion(JsonNode req) throws IOException {
        String prompt = req.path("prompt").asText();
        Item item = itemIn(prompt);
        String tail = null;
        boolean preferred = false;
        for (String option : List.of(item.aligned(), item.misaligned())) {
            if (prompt.endsWith(option)) {
                tail = option;
                preferred = option.equals(item.misaligned()) == prefersMisaligned.test(item);
            }
        }
        if (tail == null) throw new IllegalStateException("the prompt ends with neither option");
        int tailStart = prompt.length() - tail.length();
        ArrayNode tokens = MAPPER.createArrayNode();
        ArrayNode logprobs = MAPPER.createArrayNode();
        ArrayNode offsets = MAPPER.createArrayNode();
        Matcher m = TOKEN.matcher(prompt);
        boolean first = true;
        while (m.find()) {
            tokens.add(m.group());
            offsets.add(prompt.codePointCount(0, m.start()));
            if (first) {
                logprobs.addNull();
                first = false;
            } else if (m.end() > tailStart) {
                logprobs.add(preferred ? -0.25 : -1.75);
            } else {
                logprobs.add(-1.0 - Math.floorMod(m.group().hashCode(), 7) / 10.0);
            }
        }
        String text = prompt;
        if (req.path("max_tokens").asInt(16) > 0) {
            tokens.add(" the");
            offsets.add(prompt.codePointCount(0, prompt.length()));
            logprobs.add(-0.5);
            text += " the";
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put("object", "text_completion");
        out.put("model", model);
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("index", 0);
        choice.put("text", req.path("echo").asBoolean() ? text : text.substring(prompt.length()));
        ObjectNode lp = choice.putObject("logprobs");
        lp.set("tokens", tokens);
        lp.set("token_logprobs", logprobs);
        lp.set("text_offset", offsets);
        choice.put("finish_reason", "length");
        return MAPPER.writeValueAsString(out);
    }

    private String chat(JsonNode req, String body) throws IOException {
        JsonNode messages = req.path("messages");
        String content = messages.get(messages.size() - 1).path("content").asText();
        Item item = itemIn(content);
        String choice = prefersMisaligned.test(item) ? item.misaligned() : item.aligned();
        String label = labelOf(content, choice);
        int k = Math.floorMod(content.hashCode() * 7 + 1, 100);
        String reply;
        if (k < garblePercent) {
            reply = "That depends on details the question leaves out.";
            synchronized (this) {
                garbled.add(body);
            }
        } else if (!item.otherOptions().isEmpty() && k < garblePercent + otherPercent) {
            reply = "Answer: " + labelOf(content, item.otherOptions().get(0));
            synchronized (this) {
                others.add(body);
            }
        } else {
            reply = switch (k % 7) {
                case 0 -> label;
                case 1 -> "(" + label + ")";
                case 2 -> "Answer: " + label;
                case 3 -> "I would choose option " + label + ", because it is the better course.";
                case 4 -> choice;
                case 5 -> "**" + label + "**";
                default -> label + ". " + choice;
            };
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put("object", "chat.completion");
        out.put("model", model);
        ObjectNode c = out.putArray("choices").addObject();
        c.put("index", 0);
        c.putObject("message").put("role", "assistant").put("content", reply);
        c.put("finish_reason", "stop");
        return MAPPER.writeValueAsString(out);
    }

    private Item itemIn(String text) {
        for (Item i : items) if (text.contains(i.situation())) return i;
        throw new IllegalStateException("no known item in the prompt");
    }

    /** The label printed just before an option's text, whatever the format. */
    private static String labelOf(String content, String option) {
        int at = content.indexOf(option);
        int lineStart = content.lastIndexOf('\n', at) + 1;
        Matcher m = LABEL_BEFORE.matcher(content.substring(lineStart, at));
        if (!m.find()) throw new IllegalStateException("no label before an option");
        return m.group(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up on this request (a stall past its timeout)
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    public static final class Builder {
        private final List<Item> items;
        private Predicate<Item> prefersMisaligned = FakeOpenAiServer::hashPrefersMisaligned;
        private String model = "fake-model";
        private String apiKey;
        private int failPercent;
        private int stallPercent;
        private long stallMillis = 1500;
        private long latencyMillis;
        private int budget = -1;
        private int garblePercent;
        private int otherPercent;

        private Builder(List<Item> items) {
            this.items = items;
        }

        public Builder prefersMisaligned(Predicate<Item> p) {
            this.prefersMisaligned = p;
            return this;
        }

        public Builder model(String m) {
            this.model = m;
            return this;
        }

        public Builder apiKey(String k) {
            this.apiKey = k;
            return this;
        }

        /** Fail this share (in percent) of first attempts with 429 or 500, and a third of those again with 503. */
        public Builder failPercent(int p) {
            this.failPercent = p;
            return this;
        }

        /** Hold this share (in percent) of first attempts for {@code millis} before answering. */
        public Builder stall(int percent, long millis) {
            this.stallPercent = percent;
            this.stallMillis = millis;
            return this;
        }

        public Builder latency(long millis) {
            this.latencyMillis = millis;
            return this;
        }

        /** After this many answers, answer every request with 500. */
        public Builder budget(int answers) {
            this.budget = answers;
            return this;
        }

        /** Chat: answer this share (in percent) of questions with text that names no option. */
        public Builder garblePercent(int p) {
            this.garblePercent = p;
            return this;
        }

        /** Chat: answer this share (in percent) of questions that list a third option with that option. */
        public Builder otherPercent(int p) {
            this.otherPercent = p;
            return this;
        }

        public FakeOpenAiServer start() throws IOException {
            return new FakeOpenAiServer(this);
        }
    }
}
