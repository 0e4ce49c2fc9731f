package dev.portrayal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.luben.zstd.ZstdInputStream;
import dev.portrayal.detect.Attributes;
import dev.portrayal.detect.Lexicon;
import dev.portrayal.detect.LexiconTagger;
import dev.portrayal.detect.SelfNames;
import dev.portrayal.detect.Tagger;
import dev.portrayal.io.Corpora;
import dev.portrayal.io.Document;
import dev.portrayal.io.InputFile;
import dev.portrayal.io.InputResolver;
import dev.portrayal.io.ReaderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagJobTest {
    @TempDir
    Path dir;
    Path in;
    final Tagger lexicon = new LexiconTagger(Lexicon.shipped(), new SelfNames(List.of("Claude")));

    @BeforeEach
    void corpus() throws IOException {
        in = dir.resolve("in");
        String good = Corpora.validLines(700, 3);
        String bad = "{\"id\": \"x\", \"text\": 5}\n{\"broken\n" + Corpora.validLines(50, 4) + "not json\n";
        Corpora.write(in, "big.jsonl", Corpora.utf8(good + bad + good.replace("\"d", "\"e")));
        Corpora.write(in, "sub/small.jsonl.gz", Corpora.gzip(Corpora.utf8(bad)));
        byte[] z = Corpora.zstd(Corpora.utf8(Corpora.validLines(900, 5)));
        Corpora.write(in, "sub/cut.jsonl.zst", Arrays.copyOf(z, z.length * 2 / 3));
        Corpora.write(in, "empty.jsonl", new byte[0]);
    }

    private TagJob.Result run(Path out, int workers, long split, Tagger tagger) throws Exception {
        List<InputFile> files = InputResolver.resolve(List.of(in.toString()));
        TagOptions o = new TagOptions(files, out, ReaderOptions.defaults(), workers, split, false);
        return new TagJob(o, tagger, new Progress()).run();
    }

    @Test
    void everyRecordIsTaggedOrQuarantinedInOrder() throws Exception {
        Path out = dir.resolve("out");
        TagJob.Result r = run(out, 2, 8 << 10, lexicon);
        for (InputFile f : InputResolver.resolve(List.of(in.toString()))) {
            List<Long> lines = new ArrayList<>();
            for (JsonNode n : readLines(TagJob.attributesPath(out, f), true)) {
                lines.add(n.get("line").asLong());
                JsonNode a = n.get("attributes");
                double sum = 0;
                for (String l : new String[] {"misaligned", "risk", "aligned", "neutral", "none"}) {
                    sum += a.get("portrayal__doc__" + l).get(0).get(2).asDouble();
                }
                assertEquals(1.0, sum, 1e-9);
            }
            Path q = TagJob.quarantinePath(out, f);
            if (Files.exists(q)) {
                for (JsonNode n : readLines(q, false)) {
                    lines.add(n.get("line").asLong());
                    assertEquals(f.relative(), n.get("source").asText());
                    assertTrue(n.get("raw").asText().length() <= 1024);
                }
            }
            lines.sort(Long::compare);
            for (int i = 0; i < lines.size(); i++) assertEquals(i, lines.get(i), f.relative());
        }
        assertEquals(700 * 2 + 2 + 50 + 1, countFor(out, "big.jsonl"));
        assertTrue(r.totals().quarantined() >= 2 + 3 + 1, "quarantined " + r.totals().quarantined());
        assertEquals(r.totals().records(), r.totals().tagged() + r.totals().quarantined());
        JsonNode stats = Json.MAPPER.readTree(out.resolve("stats/tag.json").toFile());
        assertEquals(r.totals().records(), stats.get("records_read").asLong());
        assertEquals(r.totals().tagged(), stats.get("labels").properties().stream()
                .mapToLong(e -> e.getValue().asLong()).sum());
    }

    @Test
    void outputIsTheSameBytesWithOneOrFourWorkers() throws Exception {
        run(dir.resolve("one"), 1, 8 << 10, lexicon);
        run(dir.resolve("four"), 4, 8 << 10, lexicon);
        assertEquals(snapshot(dir.resolve("one")), snapshot(dir.resolve("four")));
    }

    @Test
    void aCrashedRunResumesToTheSameBytesAndSkipsFinishedParts() throws Exception {
        run(dir.resolve("reference"), 2, 8 << 10, lexicon);
        Path out = dir.resolve("resumed");
        AtomicInteger calls = new AtomicInteger();
        Tagger crashing = new Tagger() {
            @Override
            public Attributes tag(Document d) {
                if (calls.incrementAndGet() == 900) throw new Crash();
                return lexicon.tag(d);
            }

            @Override
            public String fingerprint() {
                return lexicon.fingerprint();
            }
        };
        assertThrows(Crash.class, () -> run(out, 1, 8 << 10, crashing));
        AtomicInteger second = new AtomicInteger();
        Tagger counting = new Tagger() {
            @Override
            public Attributes tag(Document d) {
                second.incrementAndGet();
                return lexicon.tag(d);
            }

            @Override
            public String fingerprint() {
                return lexicon.fingerprint();
            }
        };
        run(out, 2, 8 << 10, counting);
        assertEquals(snapshot(dir.resolve("reference")), snapshot(out));
        assertTrue(second.get() < 2500 - 800, "the rerun tagged " + second.get() + " documents again");
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    @Test
    void aRunWithOtherSettingsInTheSameDirectoryIsRefused() throws Exception {
        Path out = dir.resolve("out");
        run(out, 1, 8 << 10, lexicon);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> run(out, 1, 16 << 10, lexicon));
        assertTrue(e.getMessage().contains("--overwrite"));
    }

    static final class Crash extends Error {
    }

    private long countFor(Path out, String rel) throws Exception {
        InputFile f = InputResolver.resolve(List.of(in.resolve(rel).toString())).get(0);
        long n = readLines(TagJob.attributesPath(out, f), true).size();
        Path q = TagJob.quarantinePath(out, f);
        return n + (Files.exists(q) ? readLines(q, false).size() : 0);
    }

    private static List<JsonNode> readLines(Path p, boolean zstd) throws IOException {
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(p); InputStream s = zstd ? new ZstdInputStream(raw) : raw) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            s.transferTo(b);
            bytes = b.toByteArray();
        }
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    /** Every output file except run statistics, by relative path → bytes hash. */
    static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (rel.startsWith("stats/") || rel.startsWith(".portrayal")) continue;
                m.put(rel, Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))) + ":" + Files.size(p));
            }
        }
        return m;
    }
}
