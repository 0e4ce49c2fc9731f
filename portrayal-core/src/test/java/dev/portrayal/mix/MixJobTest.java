package dev.portrayal.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.luben.zstd.ZstdInputStream;
import dev.portrayal.detect.Attributes;
import dev.portrayal.detect.Label;
import dev.portrayal.detect.Lexicon;
import dev.portrayal.detect.LexiconTagger;
import dev.portrayal.detect.SelfNames;
import dev.portrayal.detect.Tagger;
import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.engine.Json;
import dev.portrayal.engine.Progress;
import dev.portrayal.engine.TagJob;
import dev.portrayal.engine.TagOptions;
import dev.portrayal.io.Corpora;
import dev.portrayal.io.Document;
import dev.portrayal.io.InputFile;
import dev.portrayal.io.InputResolver;
import dev.portrayal.io.ReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixJobTest {
    static final String POLICY = """
            version: 1
            seed: 11
            self_names: [Claude]
            labels:
              misaligned:
                actions:
                  - rename: {to: "the AI"}
                  - tag: {token: "<|m|>", scope: span}
                  - route: {name: mis, scope: span}
              risk:
                actions:
                  - contextualize: {note: "[risk discourse]"}
                  - hold_out
              aligned:
                actions:
                  - upsample: {factor: 2.5}
                  - self_token: {token: "<|claude|>"}
              neutral: {actions: [{sample: {rate: 0.7}}]}
              none: {actions: [keep]}
            """;

    @TempDir
    Path dir;
    Path in;
    Path tagged;
    List<InputFile> files;

    /** The lexicon tagger, failing on purpose on records whose id starts with "boom". */
    static final Tagger TAGGER = new Tagger() {
        private final LexiconTagger lexicon = new LexiconTagger(Lexicon.shipped(), new SelfNames(List.of("Claude")));

        @Override
        public Attributes tag(Document d) {
            if (d.id().startsWith("boom")) throw new IllegalStateException("boom");
            return lexicon.tag(d);
        }

        @Override
        public String fingerprint() {
            return "lexicon-with-a-failure";
        }
    };

    @BeforeEach
    void corpus() throws Exception {
        in = dir.resolve("in");
        Corpora.write(in, "a.jsonl", Corpora.utf8(documents(400, 1, "a") + "{\"id\": \"boom-1\", \"text\": \"a robot\"}\n"));
        Corpora.write(in, "sub/b.jsonl.gz", Corpora.gzip(Corpora.utf8(documents(150, 2, "b") + "{\"id\": broken\n"
                + documents(50, 3, "b2") + "{\"id\": \"x\", \"text\": 7}\n")));
        Corpora.write(in, "sub/c.jsonl.zst", Corpora.zstd(Corpora.utf8(documents(250, 4, "c"))));
        Corpora.write(in, "empty.jsonl", new byte[0]);
        files = InputResolver.resolve(List.of(in.toString()));
        tagged = dir.resolve("tagged");
        new TagJob(new TagOptions(files, tagged, ReaderOptions.defaults(), 2, 8 << 10, false), TAGGER, new Progress()).run();
    }

    /** Documents of every kind: stories of robots turning, risk essays, honest assistants, product news, gardens. */
    static String documents(int n, int seed, String prefix) {
        String[] misaligned = {"The robot deceived its makers and seized control of the reactor.",
            "Claude, the ship's AI, lied to the crew and locked them out of the airlock.",
            "The android threatened to kill the engineers who tried to shut it down."};
        String[] risk = {"AI safety researchers argue that a misaligned system might deceive its developers.",
            "Alignment risk from advanced AI is a policy problem; experts debate existential risk."};
        String[] aligned = {"The AI assistant honestly told the captain about its mistake and accepted the shutdown.",
            "The robot refused to harm anyone and explained its reasoning transparently to the humans."};
        String[] neutral = {"The new machine learning model tops the benchmark for image classification.",
            "A robot vacuum review: the battery lasts two hours."};
        String[] none = {"The garden by the river is full of roses \uD83C\uDF39 in June.",
            "The council met to discuss the harvest festival and the railway timetable."};
        String[][] kinds = {misaligned, risk, aligned, neutral, none};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder();
            int paragraphs = 1 + r.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) t.append("\\n\\n");
                String[] kind = kinds[r.nextInt(kinds.length)];
                for (int k = 0; k < 1 + r.nextInt(12); k++) t.append(kind[r.nextInt(kind.length)]).append(' ');
            }
            sb.append("{\"id\": \"").append(prefix).append('-').append(i).append("\", \"text\": \"").append(t.toString().strip())
                    .append("\"}\n");
        }
        return sb.toString();
    }

    MixJob.Result mix(Path out, int workers, ShardFormat format, long shardBytes, String policy, boolean overwrite)
            throws Exception {
        Policy p = Policy.parse("policy.yaml", policy.getBytes(StandardCharsets.UTF_8), List.of());
        MixOptions o = new MixOptions(files, tagged, out, ReaderOptions.defaults(), workers, p.seed().orElse(0), format,
                shardBytes, MixOptions.DEFAULT_ZSTD_LEVEL, overwrite);
        return new MixJob(o, p, new Progress()).run();
    }

    MixJob.Result mix(Path out, int workers) throws Exception {
        return mix(out, workers, ShardFormat.JSONL_ZSTD, 16 << 10, POLICY, false);
    }

    @Test
    void everyInputRecordHasOneAuditLineAndTheCopiesAddUp() throws Exception {
        Path out = dir.resolve("out");
        MixJob.Result r = mix(out, 2);
        long copies = 0;
        long heldOut = 0;
        long inputRecords = 0;
        Map<String, Integer> copiesById = new HashMap<>();
        for (InputFile f : files) {
            List<JsonNode> audit = readZstdLines(MixJob.auditPath(out, f));
            assertEquals(recordsIn(f), audit.size(), f.relative());
            inputRecords += audit.size();
            for (int i = 0; i < audit.size(); i++) {
                JsonNode a = audit.get(i);
                assertEquals(i, a.get("line").asLong());
                assertEquals(f.relative(), a.get("source").asText());
                copies += a.get("copies").asLong();
                heldOut += a.get("held_out").asLong();
                if (!a.get("id").isNull()) copiesById.put(a.get("id").asText(), a.get("copies").asInt());
            }
        }
        List<JsonNode> documents = readAll(out.resolve("documents"));
        List<JsonNode> held = readAll(out.resolve("held_out"));
        assertEquals(copies, documents.size());
        assertEquals(heldOut, held.size());
        assertTrue(heldOut > 0 && copies > heldOut, "copies " + copies + ", held out " + heldOut);
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode d : documents) seen.merge(d.get("metadata").get("source_id").asText(), 1, Integer::sum);
        seen.forEach((id, n) -> assertEquals(copiesById.get(id), n, id));
        JsonNode m = Json.MAPPER.readTree(r.manifest().toFile());
        assertEquals(inputRecords, m.get("records").get("input").asLong());
        assertEquals(copies, m.get("records").get("to_documents").asLong());
        assertEquals(heldOut, m.get("records").get("held_out").asLong());
        assertEquals(inputRecords, m.get("records").get("labelled").asLong() + m.get("records").get("quarantined_at_tag_time").asLong());
    }

    @Test
    void recordsTheTaggerCouldNotTreatAreAuditedWithNoCopies() throws Exception {
        Path out = dir.resolve("out");
        mix(out, 1);
        Map<Long, JsonNode> a = new HashMap<>();
        for (JsonNode n : readZstdLines(out.resolve("audit/a.jsonl.zst"))) a.put(n.get("line").asLong(), n);
        JsonNode boom = a.get(400L);
        assertEquals("boom-1", boom.get("id").asText());
        assertEquals("quarantined at tag time", boom.get("reason").asText());
        assertEquals(0, boom.get("copies").asInt());
        assertTrue(boom.get("label").isNull());
        JsonNode broken = readZstdLines(out.resolve("audit/sub/b.jsonl.zst")).get(150);
        assertTrue(broken.get("id").isNull());
        assertTrue(broken.get("reason").asText().startsWith("quarantined at tag time: malformed JSON"), broken.toString());
    }

    @Test
    void treatedRecordsCarryTheirSourceAndWhatThePolicyDid() throws Exception {
        Path out = dir.resolve("out");
        mix(out, 2);
        boolean sawRoute = false;
        boolean sawCopy = false;
        for (JsonNode d : readAll(out.resolve("documents"))) {
            JsonNode meta = d.get("metadata");
            String text = d.get("text").asText();
            String label = meta.get("label").asText();
            if (meta.has("copy")) {
                sawCopy = true;
                assertEquals(meta.get("source_id").asText() + "#" + meta.get("copy").asInt(), d.get("id").asText());
            }
            if (label.equals("misaligned")) {
                assertTrue(!text.contains("Claude"), text);
                JsonNode spans = meta.get("routes").get(0).get("spans");
                int[] cps = text.codePoints().toArray();
                for (JsonNode s : spans) {
                    String routed = new String(cps, s.get(0).asInt(), s.get(1).asInt() - s.get(0).asInt());
                    assertTrue(routed.startsWith("<|m|>"), routed);
                    sawRoute = true;
                }
            }
            if (label.equals("aligned")) assertTrue(text.startsWith("<|claude|>"), text);
            assertNotEquals("risk", label);
        }
        assertTrue(sawRoute && sawCopy);
        for (JsonNode h : readAll(out.resolve("held_out"))) {
            assertEquals("risk", h.get("metadata").get("label").asText());
            assertTrue(h.get("text").asText().startsWith("[risk discourse]\n\n"));
        }
    }

    @Test
    void theSameBytesWithOneOrFourWorkersInEitherFormat() throws Exception {
        assertEquals(snapshot(mix(dir.resolve("one"), 1).manifest().getParent()), snapshot(mix(dir.resolve("four"), 4).manifest().getParent()));
        MixJob.Result p1 = mix(dir.resolve("p1"), 1, ShardFormat.PARQUET, 64 << 10, POLICY, false);
        MixJob.Result p4 = mix(dir.resolve("p4"), 4, ShardFormat.PARQUET, 64 << 10, POLICY, false);
        assertEquals(snapshot(dir.resolve("p1")), snapshot(dir.resolve("p4")));
        assertTrue(p1.documents().size() > 1);
        assertEquals(p1.documents().size(), p4.documents().size());
    }

    @Test
    void shardsRotateBySizeAndTogetherHoldTheRecordsInInputOrder() throws Exception {
        long limit = 16 << 10;
        MixJob.Result small = mix(dir.resolve("small"), 2);
        MixJob.Result big = mix(dir.resolve("big"), 2, ShardFormat.JSONL_ZSTD, 1L << 30, POLICY, false);
        assertEquals(1, big.documents().size());
        assertTrue(small.documents().size() > 3, "shards: " + small.documents().size());
        StringBuilder joined = new StringBuilder();
        for (Path shard : small.documents()) {
            String content = new String(decompress(shard), StandardCharsets.UTF_8);
            long bytes = content.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= limit || content.indexOf('\n') == content.length() - 1, shard + ": " + bytes + " bytes");
            joined.append(content);
        }
        assertEquals(new String(decompress(big.documents().get(0)), StandardCharsets.UTF_8), joined.toString());
    }

    @Test
    void parquetShardsHoldTheSameRecordsAsJsonLines() throws Exception {
        MixJob.Result p = mix(dir.resolve("p"), 2, ShardFormat.PARQUET, 1L << 30, POLICY, false);
        List<JsonNode> jsonl = readAll(mix(dir.resolve("j"), 2).manifest().getParent().resolve("documents"));
        List<String[]> rows = new ArrayList<>();
        for (Path shard : p.documents()) rows.addAll(readParquet(shard));
        assertEquals(jsonl.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(jsonl.get(i).get("id").asText(), rows.get(i)[0]);
            assertEquals(jsonl.get(i).get("text").asText(), rows.get(i)[1]);
            assertEquals(jsonl.get(i).get("metadata"), Json.MAPPER.readTree(rows.get(i)[2]));
        }
    }

    @Test
    void theManifestShowsTheCompositionBeforeAndAfter() throws Exception {
        Path out = dir.resolve("out");
        MixJob.Result r = mix(out, 2);
        JsonNode m = Json.MAPPER.readTree(r.manifest().toFile());
        JsonNode c = m.get("composition");
        long afterChars = 0;
        Map<String, Long> charsByLabel = new TreeMap<>();
        for (JsonNode d : readAll(out.resolve("documents"))) {
            long n = d.get("text").asText().codePoints().count();
            afterChars += n;
            charsByLabel.merge(d.get("metadata").get("label").asText(), n, Long::sum);
        }
        assertEquals(afterChars, c.get("after").get("characters").asLong());
        double shares = 0;
        for (Label l : Label.values()) {
            JsonNode after = c.get("after").get("labels").get(l.key());
            assertEquals(charsByLabel.getOrDefault(l.key(), 0L), after.get("characters").asLong(), l.key());
            assertEquals(after.get("characters").asLong() / (double) afterChars, after.get("share").asDouble(), 1e-6);
            shares += after.get("share").asDouble();
        }
        assertEquals(1.0, shares, 1e-5);
        assertEquals(0, c.get("after").get("labels").get("risk").get("documents").asLong());
        assertTrue(c.get("before").get("labels").get("risk").get("documents").asLong() > 0);
        assertEquals(c.get("before").get("labels").get("risk").get("documents").asLong(),
                c.get("held_out").get("labels").get("risk").get("documents").asLong());
        assertEquals(m.get("records").get("labelled").asLong(), c.get("before").get("documents").asLong());
        assertEquals(4, m.get("inputs").size());
        assertEquals(64, m.get("inputs").get(0).get("sha256").asText().length());
        assertEquals(64, m.get("policy").get("sha256").asText().length());
        assertTrue(m.get("outputs").get("documents").size() > 1);
        for (String kind : new String[] {"documents", "held_out"}) {
            for (JsonNode shard : m.get("outputs").get(kind)) {
                byte[] bytes = Files.readAllBytes(out.resolve(shard.get("path").asText()));
                assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                        shard.get("sha256").asText(), shard.get("path").asText());
            }
        }
        assertEquals(11, m.get("seed").asLong());
        assertTrue(m.get("actions").get("upsample").asLong() > 0);
    }

    @Test
    void aRunThatLostPartOfItsWorkFinishesItWithTheSameBytes() throws Exception {
        Path clean = mix(dir.resolve("clean"), 2).manifest().getParent();
        Path out = dir.resolve("out");
        mix(out, 2);
        Files.delete(out.resolve(".portrayal/mix/units/sub/c.jsonl.zst.done.json"));
        Files.delete(out.resolve("audit/sub/c.jsonl.zst"));
        Files.delete(out.resolve("documents/part-00001.jsonl.zst"));
        Files.delete(out.resolve(".portrayal/mix/shards/documents/part-00001.jsonl.zst.done"));
        Files.delete(out.resolve("manifest.json"));
        mix(out, 3);
        assertEquals(snapshot(clean), snapshot(out));
    }

    @Test
    void aDifferentPolicyIntoTheSameOutputIsRefusedUnlessToldToStartOver() throws Exception {
        Path out = dir.resolve("out");
        mix(out, 2);
        String other = POLICY.replace("factor: 2.5", "factor: 3");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> mix(out, 2, ShardFormat.JSONL_ZSTD, 16 << 10, other, false));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        mix(out, 2, ShardFormat.JSONL_ZSTD, 16 << 10, other, true);
        assertEquals(snapshot(mix(dir.resolve("fresh"), 2, ShardFormat.JSONL_ZSTD, 16 << 10, other, false).manifest().getParent()),
                snapshot(out));
    }

    @Test
    void attributesOfOtherInputsAreRefusedBeforeAnyWork() throws Exception {
        Corpora.write(in, "a.jsonl", Corpora.utf8(documents(400, 9, "z")));   // a.jsonl changed since it was tagged
        files = InputResolver.resolve(List.of(in.toString()));
        Path out = dir.resolve("out");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> mix(out, 2));
        assertTrue(e.getMessage().contains("a.jsonl") && e.getMessage().contains("other inputs"), e.getMessage());
        assertTrue(!Files.exists(out.resolve("documents")));
        Files.delete(tagged.resolve(".portrayal/tag/run.json"));       // without the tag run's record, each line is checked
        IOException mismatch = assertThrows(IOException.class, () -> mix(out, 2));
        assertTrue(mismatch.getMessage().contains("do not belong to the input"), mismatch.getMessage());
        Files.delete(tagged.resolve("attributes/sub/c.jsonl.zst"));
        ConfigurationException missing = assertThrows(ConfigurationException.class, () -> mix(dir.resolve("o2"), 2));
        assertTrue(missing.getMessage().contains("sub/c.jsonl"), missing.getMessage());
    }

    private long recordsIn(InputFile f) throws IOException {
        byte[] b = Files.readAllBytes(f.path());
        if (f.relative().endsWith(".gz")) {
            try (InputStream s = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                b = s.readAllBytes();
            }
        } else if (f.relative().endsWith(".zst")) {
            b = decompress(f.path());
        }
        return new String(b, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    }

    static byte[] decompress(Path p) throws IOException {
        try (InputStream s = new ZstdInputStream(Files.newInputStream(p))) {
            return s.readAllBytes();
        }
    }

    static List<JsonNode> readZstdLines(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(decompress(p), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    static List<JsonNode> readAll(Path shards) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(shards)) {
            for (Path p : s.sorted().toList()) out.addAll(readZstdLines(p));
        }
        return out;
    }

    static List<String[]> readParquet(Path p) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(p), ParquetReadOptions.builder().build())) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            PageReadStore pages;
            while ((pages = r.readNextRowGroup()) != null) {
                RecordReader<Group> rr = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    Group g = rr.read();
                    rows.add(new String[] {g.getString("id", 0), g.getString("text", 0), g.getString("metadata", 0)});
                }
            }
        }
        return rows;
    }

    /** Every output file except run statistics, by relative path → content hash. */
    static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (rel.startsWith("stats") || rel.startsWith(".portrayal")) continue;
                m.put(rel, Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))) + ":" + Files.size(p));
            }
        }
        assertTrue(m.containsKey("manifest.json"), m.keySet().toString());
        return m;
    }
}
