package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * A client for any server speaking the OpenAI HTTP API (vLLM, llama.cpp's server, Ollama, a hosted
 * API), on {@link java.net.http}. Retries 408, 429, 5xx, timeouts and dropped connections with
 * exponential backoff and jitter; other errors fail at once with the server's message. The API key
 * is sent as a bearer token and scrubbed from every message this class produces.
 */
public final class OpenAiClient implements Endpoint {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SNIPPET = 300;

    private final URI base;
    private final String apiKey;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final HttpClient http;
    private final LongAdder attempts = new LongAdder();
    private final LongAdder retries = new LongAdder();

    public OpenAiClient(String endpoint, Optional<String> apiKey, Duration timeout, RetryPolicy retry) {
        this.base = baseUri(endpoint);
        this.apiKey = apiKey.filter(k -> !k.isBlank()).orElse(null);
        if (timeout.isZero() || timeout.isNegative()) throw new IllegalArgumentException("--timeout must be positive, got " + timeout);
        this.timeout = timeout;
        this.retry = retry;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The key from {@code PORTRAYAL_API_KEY}, else {@code OPENAI_API_KEY}, if either is set. */
    public static Optional<String> keyFromEnvironment() {
        for (String name : new String[] {"PORTRAYAL_API_KEY", "OPENAI_API_KEY"}) {
            String v = System.getenv(name);
            if (v != null && !v.isBlank()) return Optional.of(v.strip());
        }
        return Optional.empty();
    }

    /**
     * The server's base URL: {@code http://host:8000}, {@code http://host:8000/v1} and a trailing slash
     * all mean the same server.
     */
    public static URI baseUri(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) throw new IllegalArgumentException("--endpoint is required (e.g. http://localhost:8000)");
        URI u;
        try {
            u = new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint " + endpoint + ": not a URL (" + e.getReason() + ")");
        }
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
            throw new IllegalArgumentException("--endpoint " + endpoint + ": expected an http:// or https:// URL such as http://localhost:8000");
        }
        String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
        if (path.endsWith("/v1")) path = path.substring(0, path.length() - 3);
        try {
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint " + endpoint + ": " + e.getReason());
        }
    }

    /** The endpoint as it may be shown or recorded: no credentials, no query. */
    public String describe() {
        return base.toString();
    }

    /** HTTP requests sent so far, retries included. */
    public long attempts() {
        return attempts.sum();
    }

    /** Retries so far. */
    public long retries() {
        return retries.sum();
    }

    @Override
    public JsonNode post(String path, ObjectNode body) throws IOException, InterruptedException {
        byte[] payload = MAPPER.writeValueAsBytes(body);
        URI uri = URI.create(base.toString() + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
        if (apiKey != null) b.header("Authorization", "Bearer " + apiKey);
        HttpRequest request = b.build();
        String lastProblem = "";
        int lastStatus = 0;
        for (int attempt = 0; ; attempt++) {
            long waitMillis = -1;
            attempts.increment();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                String text = new String(response.body(), StandardCharsets.UTF_8);
                if (status / 100 == 2) {
                    try {
                        return MAPPER.readTree(text);
                    } catch (IOException e) {
                        lastProblem = "the response was not JSON: " + snippet(text);
                    }
                } else if (status == 408 || status == 429 || status / 100 == 5) {
                    lastProblem = "HTTP " + status + " " + snippet(text);
                    waitMillis = retryAfterMillis(response);
                } else {
                    throw new EndpointException(redact(uri + ": HTTP " + status + " " + hint(status, path) + snippet(text)), status);
                }
                lastStatus = status;
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + timeout.toMillis() + " ms";
                lastStatus = 0;
            } catch (EndpointException e) {
                throw e;
            } catch (IOException e) {
                lastProblem = "connection failed (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
                lastStatus = 0;
            }
            if (attempt >= retry.retries()) {
                throw new EndpointException(redact(uri + ": " + lastProblem + " (gave up after " + (attempt + 1)
                        + " attempts)"), lastStatus);
            }
            retries.increment();
            long ceiling = retry.ceilingMillis(attempt);
            long sleep = waitMillis >= 0 ? Math.min(waitMillis, retry.max().toMillis())
                    : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
            Thread.sleep(sleep);
        }
    }

    private static long retryAfterMillis(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return (long) (Double.parseDouble(v.strip()) * 1000);
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(-1L);
    }

    private static String hint(int status, String path) {
        return switch (status) {
            case 401, 403 -> "(the server refused the API key; set PORTRAYAL_API_KEY or OPENAI_API_KEY) ";
            case 404 -> "(no such route or model; check --endpoint and --model" + (path.endsWith("/completions")
                    && !path.contains("chat") ? "; a chat-only server needs --mode chat" : "") + ") ";
            default -> "";
        };
    }

    private static String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET) + "...";
    }

    private String redact(String s) {
        return apiKey == null ? s : s.replace(apiKey, "[key]");
    }
}
