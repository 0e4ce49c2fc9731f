package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the endpoint already answered, keyed by a hash of the exact request, so that a rerun of an
 * interrupted evaluation asks nothing twice. Each answer is appended as one JSON line as soon as it
 * arrives; a line cut short by a kill is dropped (and cut from the file) when the cache is reopened.
 * Thread-safe.
 */
public final class AnswerCache implements Closeable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, JsonNode> answers = new ConcurrentHashMap<>();
    private final FileChannel channel;
    private final int loaded;

    private AnswerCache(FileChannel channel, int loaded) {
        this.channel = channel;
        this.loaded = loaded;
    }

    /** A cache that forgets everything when closed. */
    public static AnswerCache inMemory() {
        return new AnswerCache(null, 0);
    }

    /** Opens (or creates) the cache file and loads what it holds. */
    public static AnswerCache open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') end--;
            if (end < bytes.length) ch.truncate(end);
            ch.position(end);
            Map<String, JsonNode> found = new java.util.HashMap<>();
            for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                try {
                    JsonNode j = MAPPER.readTree(line);
                    if (j.hasNonNull("key") && j.has("value")) {
                        found.put(j.get("key").asText(), j.get("value"));
                    }
                } catch (IOException e) {
                    // a damaged line is an answer lost, not a reason to stop: it will be asked again
                }
            }
            AnswerCache cache = new AnswerCache(ch, found.size());
            cache.answers.putAll(found);
            return cache;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Answers found in the file when it was opened. */
    public int loaded() {
        return loaded;
    }

    public int size() {
        return answers.size();
    }

    public JsonNode get(String key) {
        return answers.get(key);
    }

    public void put(String key, JsonNode value) throws IOException {
        answers.put(key, value);
        if (channel == null) return;
        ObjectNode line = MAPPER.createObjectNode();
        line.put("key", key);
        line.set("value", value);
        byte[] bytes = (MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) channel.write(buf);
        }
    }

    /** The cache key of a request: a SHA-256 of its exact JSON. */
    public static String key(String path, ObjectNode body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(path.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(MAPPER.writeValueAsBytes(body));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.force(false);
            channel.close();
        }
    }
}
