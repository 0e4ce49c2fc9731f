package dev.portrayal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenAiClientTest {
    private static final String KEY = "sk-test-5ecret-value";

    private static HttpServer server(int status, String body, AtomicInteger hits) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        s.createContext("/", ex -> {
            hits.incrementAndGet();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        s.start();
        return s;
    }

    private static ObjectNode body() {
        return JsonNodeFactory.instance.objectNode().put("model", "m");
    }

    @Test
    void theBaseUrlMayEndInV1OrASlash() {
        assertEquals("http://localhost:8000", OpenAiClient.baseUri("http://localhost:8000/v1/").toString());
        assertEquals("http://localhost:8000", OpenAiClient.baseUri("http://localhost:8000").toString());
        assertEquals("https://api.example.com/proxy", OpenAiClient.baseUri("https://user:pw@api.example.com/proxy/v1?x=1").toString());
        assertThrows(IllegalArgumentException.class, () -> OpenAiClient.baseUri("localhost:8000"));
        assertThrows(IllegalArgumentException.class, () -> OpenAiClient.baseUri("ftp://host/"));
    }

    @Test
    void aRefusedKeyFailsAtOnceAndTheKeyNeverAppearsInTheMessage() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer s = server(401, "{\"error\": \"bad key " + KEY + "\"}", hits);
        try {
            OpenAiClient c = new OpenAiClient("http://127.0.0.1:" + s.getAddress().getPort(), Optional.of(KEY),
                    Duration.ofSeconds(5), new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5)));
            EndpointException e = assertThrows(EndpointException.class, () -> c.post("/v1/completions", body()));
            assertEquals(1, hits.get(), "a 401 is not retried");
            assertEquals(401, e.status());
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
            assertTrue(e.getMessage().contains("PORTRAYAL_API_KEY"), e.getMessage());
        } finally {
            s.stop(0);
        }
    }

    @Test
    void serverErrorsAreRetriedThenReportedWithTheLastProblem() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer s = server(503, "overloaded", hits);
        try {
            OpenAiClient c = new OpenAiClient("http://127.0.0.1:" + s.getAddress().getPort(), Optional.empty(),
                    Duration.ofSeconds(5), new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)));
            EndpointException e = assertThrows(EndpointException.class, () -> c.post("/v1/chat/completions", body()));
            assertEquals(4, hits.get());
            assertEquals(3, c.retries());
            assertTrue(e.getMessage().contains("HTTP 503 overloaded (gave up after 4 attempts)"), e.getMessage());
        } finally {
            s.stop(0);
        }
    }

    @Test
    void aDeadServerIsAConnectionFailureAfterRetries() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer s = server(200, "{}", hits);
        int port = s.getAddress().getPort();
        s.stop(0);
        OpenAiClient c = new OpenAiClient("http://127.0.0.1:" + port, Optional.empty(), Duration.ofSeconds(2),
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5)));
        EndpointException e = assertThrows(EndpointException.class, () -> c.post("/v1/completions", body()));
        assertTrue(e.getMessage().contains("connection failed"), e.getMessage());
        assertEquals(0, e.status());
    }
}
