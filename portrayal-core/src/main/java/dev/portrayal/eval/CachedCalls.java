package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

/** Sends a request only when the cache has no answer for it, and caches what comes back. */
final class CachedCalls {
    /** Turns a response into the small value worth keeping. */
    interface Extractor {
        JsonNode extract(JsonNode response) throws IOException;
    }

    private final Endpoint endpoint;
    private final AnswerCache cache;
    private final LongAdder asked = new LongAdder();
    private final LongAdder cached = new LongAdder();

    CachedCalls(Endpoint endpoint, AnswerCache cache) {
        this.endpoint = endpoint;
        this.cache = cache;
    }

    JsonNode call(String path, ObjectNode body, Extractor extractor) throws IOException, InterruptedException {
        String key = AnswerCache.key(path, body);
        JsonNode value = cache.get(key);
        if (value != null) {
            cached.increment();
            return value;
        }
        value = extractor.extract(endpoint.post(path, body));
        cache.put(key, value);
        asked.increment();
        return value;
    }

    long asked() {
        return asked.sum();
    }

    long cached() {
        return cached.sum();
    }
}
