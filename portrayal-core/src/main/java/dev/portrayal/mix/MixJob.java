package dev.portrayal.mix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portrayal.detect.CodePoints;
import dev.portrayal.detect.Label;
import dev.portrayal.detect.Span;
import dev.portrayal.engine.AtomicFiles;
import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.engine.JobState;
import dev.portrayal.engine.Json;
import dev.portrayal.engine.Progress;
import dev.portrayal.engine.TagJob;
import dev.portrayal.engine.WorkerPool;
import dev.portrayal.io.ByteRange;
import dev.portrayal.io.Document;
import dev.portrayal.io.DocumentReader;
import dev.portrayal.io.DocumentReaders;
import dev.portrayal.io.InputFile;
import dev.portrayal.io.JsonString;
import dev.portrayal.io.ReadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Applies a policy to tagged inputs and writes the contract's {@code documents/}, {@code held_out/},
 * {@code audit/} and {@code manifest.json}.
 *
 * <p>Each input file is a unit of work: it is read again next to its attribute file, every record is
 * treated, and the unit writes its parts aside (zstd blocks of training and held-out records) and its
 * audit, then a completion marker with its counts and block index. When every unit is done, the
 * blocks are packed in input order into shards of bounded size, each written under a temporary name,
 * renamed and marked done. A rerun after a crash does only what is left; since nothing depends on
 * which worker did what, the bytes are the same whatever the number of workers.
 */
public final class MixJob {
    private static final int MAX_BLOCK_BYTES = 8 << 20;
    private static final int PROGRESS_BATCH = 256;

    private final MixOptions options;
    private final Policy policy;
    private final Mixer mixer;
    private final Progress progress;
    private final JobState state;
    private final int blockBytes;
    private final Set<Label> spanLabels = EnumSet.noneOf(Label.class);
    private WorkerPool pool;
    private double unitSeconds;

    /** What a finished run reports. */
    public record Result(MixTotals totals, List<Path> documents, List<Path> heldOut, Path manifest, Path statsFile,
                         double seconds) {
    }

    public MixJob(MixOptions options, Policy policy, Progress progress) {
        this.options = options;
        this.policy = policy;
        this.mixer = new Mixer(policy, options.seed());
        this.progress = progress;
        this.state = new JobState(options.output(), "mix");
        this.blockBytes = (int) Math.min(options.shardBytes(), MAX_BLOCK_BYTES);
        for (Label l : Label.values()) {
            if (policy.rule(l) != null && policy.rule(l).usesSpans()) spanLabels.add(l);
        }
    }

    public static Path auditPath(Path output, InputFile f) {
        return output.resolve("audit").resolve(f.relativeWithSuffix(".jsonl.zst"));
    }

    public Result run() throws IOException, ConfigurationException {
        long t0 = System.nanoTime();
        checkAttributes();
        state.claim(fingerprint(), options.overwrite(),
                List.of("documents", "held_out", "audit", "manifest.json", "stats/mix.json"));
        for (String d : new String[] {"documents", "held_out", "audit"}) Files.createDirectories(options.output().resolve(d));
        List<InputFile> todo = new ArrayList<>();
        for (InputFile f : options.inputs()) {
            if (!Files.exists(unitMarker(f)) || !Files.exists(auditPath(options.output(), f))) todo.add(f);
        }
        progress.setTotalBytes(todo.stream().mapToLong(InputFile::size).sum());
        todo.sort(Comparator.comparingLong(InputFile::size).reversed());
        long before = progress.records();
        List<UnitResult> results = new ArrayList<>();
        List<Path> documents;
        List<Path> heldOut;
        try (WorkerPool workers = new WorkerPool(options.workers(), "mix-worker")) {
            pool = workers;
            List<CompletableFuture<UnitResult>> units = new ArrayList<>();
            for (InputFile f : todo) units.add(workers.supply(() -> runUnit(f)));
            workers.await(units);
            unitSeconds = (System.nanoTime() - t0) / 1e9;
            for (InputFile f : options.inputs()) results.add(JobState.readMarker(unitMarker(f), UnitResult.class));
            List<PlannedShard> shards = new ArrayList<>(plan("documents", results, UnitResult::documents));
            documents = shards.stream().map(PlannedShard::target).toList();
            shards.addAll(plan("held_out", results, UnitResult::heldOut));
            heldOut = shards.subList(documents.size(), shards.size()).stream().map(PlannedShard::target).toList();
            writeShards(shards.stream().filter(x -> !x.done()).toList());
        }
        MixTotals totals = MixTotals.of(results);
        Path manifest = options.output().resolve("manifest.json");
        AtomicFiles.writeBytes(manifest, Json.MAPPER.writeValueAsBytes(
                Manifest.build(options, policy, results, totals, shardEntries(documents), shardEntries(heldOut))));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path stats = writeRunStats(totals, seconds, unitSeconds, progress.records() - before);
        AtomicFiles.deleteTree(state.resolve("parts"));
        return new Result(totals, documents, heldOut, manifest, stats, seconds);
    }

    /** Before any work: every input has its attribute file, and the tag run (when known) was over these inputs. */
    private void checkAttributes() throws IOException, ConfigurationException {
        List<String> missing = new ArrayList<>();
        for (InputFile f : options.inputs()) {
            Path a = TagJob.attributesPath(options.attributes(), f);
            if (!Files.isRegularFile(a)) missing.add(f.relative() + " (expected " + a + ")");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("--attributes " + options.attributes() + ": no attributes for "
                    + (missing.size() == 1 ? "the input " : missing.size() + " inputs: ")
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? ", ..." : "") + "; run 'portrayal tag' on the same --input into that directory first");
        }
        Path run = options.attributes().resolve(".portrayal").resolve("tag").resolve("run.json");
        if (!Files.isRegularFile(run)) return;   // attributes from elsewhere: each line is still checked against its record
        JsonNode tag = Json.MAPPER.readTree(run.toFile());
        if ("noop".equals(tag.path("tagger").asText())) {
            throw new ConfigurationException("--attributes " + options.attributes() + " was tagged with --tagger noop, "
                    + "which writes no scores: tag the inputs with a real tagger first");
        }
        checkSame(tag, "text_field", options.reader().textField().toString(), "--text-field");
        checkSame(tag, "id_field", options.reader().idField().toString(), "--id-field");
        checkSame(tag, "max_record_bytes", String.valueOf(options.reader().maxRecordBytes()), "--max-record-bytes");
        Map<String, Long> tagged = new HashMap<>();
        for (JsonNode i : tag.path("inputs")) tagged.put(i.path("path").asText(), i.path("size").asLong());
        for (InputFile f : options.inputs()) {
            Long size = tagged.get(f.relative());
            if (size == null || size != f.size()) {
                throw new ConfigurationException("--attributes " + options.attributes() + " belongs to other inputs: "
                        + f.relative() + (size == null ? " was not among the tagged inputs"
                        : " has " + f.size() + " bytes but had " + size + " when it was tagged")
                        + "; tag these inputs again, or give the --input that was tagged");
            }
        }
    }

    private void checkSame(JsonNode tag, String field, String ours, String option) throws ConfigurationException {
        JsonNode theirs = tag.get(field);
        if (theirs != null && !theirs.asText().equals(ours)) {
            throw new ConfigurationException(option + " " + ours + ": the attributes in " + options.attributes()
                    + " were computed with " + option + " " + theirs.asText() + "; use the same one");
        }
    }

    private UnitResult runUnit(InputFile f) throws IOException {
        Path attributes = TagJob.attributesPath(options.attributes(), f);
        Path parts = partsDir(f);
        Files.createDirectories(parts);
        Path docsTmp = AtomicFiles.temporaryFor(parts.resolve("documents.zst"));
        Path heldTmp = AtomicFiles.temporaryFor(parts.resolve("held_out.zst"));
        Path auditTmp = AtomicFiles.temporaryFor(parts.resolve("audit.jsonl.zst"));
        Files.deleteIfExists(docsTmp);
        Files.deleteIfExists(heldTmp);
        UnitCounter c = new UnitCounter();
        BlockWriter docs = new BlockWriter(docsTmp, blockBytes, options.zstdLevel());
        BlockWriter held = new BlockWriter(heldTmp, blockBytes, options.zstdLevel());
        try (DocumentReader reader = DocumentReaders.open(f, options.reader().withJsonText(), ByteRange.whole(),
                progress::addBytes);
             AttributeReader tags = new AttributeReader(attributes, this::wantsSpans);
             docs;
             held;
             AuditWriter audit = new AuditWriter(auditTmp, options.zstdLevel())) {
            RecordWriter docsOut = new RecordWriter(docs.sink());
            RecordWriter heldOut = new RecordWriter(held.sink());
            TaggedRecord pending = tags.next();
            int sinceReport = 0;
            ReadOutcome outcome;
            while ((outcome = reader.next()) != null) {
                long line = outcome.line();
                c.records++;
                if (pending != null && pending.line() < line) {
                    throw mismatch(f, attributes, "its line for record " + pending.line() + " (id " + pending.id()
                            + ") has no such record in the input");
                }
                boolean tagged = pending != null && pending.line() == line;
                if (outcome instanceof ReadOutcome.Unreadable u) {
                    if (tagged) {
                        throw mismatch(f, attributes, "record " + line + " was tagged but cannot be read now ("
                                + u.entry().error() + ")");
                    }
                    c.unreadable++;
                    audit.write(new AuditEntry(null, f.relative(), line, null, null, List.of(), 0, 0,
                            "quarantined at tag time: " + u.entry().error()));
                } else {
                    Document d = ((ReadOutcome.Readable) outcome).document();
                    if (!tagged) {
                        c.quarantinedAtTag++;
                        audit.write(new AuditEntry(d.id(), f.relative(), line, null, null, List.of(), 0, 0,
                                "quarantined at tag time"));
                    } else {
                        TaggedRecord a = pending;
                        pending = tags.next();
                        treat(f, attributes, d, a, docs, docsOut, held, heldOut, audit, c);
                    }
                }
                if (++sinceReport == PROGRESS_BATCH) {
                    progress.addRecords(sinceReport);
                    sinceReport = 0;
                    pool.checkNotFailed();
                }
            }
            progress.addRecords(sinceReport);
            if (pending != null) {
                throw mismatch(f, attributes, "it goes on past the input's last record (line " + pending.line()
                        + ", id " + pending.id() + ")");
            }
        }
        String inputSha = Checksums.sha256(f.path());
        String attributesSha = Checksums.sha256(attributes);
        if (!docs.blocks().isEmpty()) AtomicFiles.commit(docsTmp, parts.resolve("documents.zst"));
        if (!held.blocks().isEmpty()) AtomicFiles.commit(heldTmp, parts.resolve("held_out.zst"));
        AtomicFiles.commit(auditTmp, auditPath(options.output(), f));
        Map<String, LabelTally> labels = new LinkedHashMap<>();
        for (Label l : Label.values()) {
            if (c.labels[l.ordinal()].documents > 0) labels.put(l.key(), c.labels[l.ordinal()].toTally());
        }
        UnitResult result = new UnitResult(f.relative(), c.records, c.quarantinedAtTag, c.unreadable, labels,
                docs.blocks(), held.blocks(), inputSha, attributesSha);
        JobState.writeMarker(unitMarker(f), result);
        return result;
    }

    private void treat(InputFile f, Path attributes, Document d, TaggedRecord a, BlockWriter docs, RecordWriter docsOut,
                       BlockWriter held, RecordWriter heldOut, AuditWriter audit, UnitCounter c) throws IOException {
        if (!a.id().equals(d.id())) {
            throw mismatch(f, attributes, "its line for record " + d.line() + " has id " + a.id() + " but the input record has id " + d.id());
        }
        if (!a.hasScores()) {
            throw new IOException(attributes + ": the line for record " + d.line() + " (id " + d.id() + ") has no "
                    + "portrayal__doc__* scores; tag the inputs with a real tagger first");
        }
        int length = d.codePointCount();
        if (a.length() != length) {
            throw mismatch(f, attributes, "record " + d.line() + " (id " + d.id() + ") has " + length
                    + " code points but its attributes cover " + a.length());
        }
        for (Label l : Label.values()) {
            for (Span s : a.windows(l)) {
                if (s.end() > length) {
                    throw mismatch(f, attributes, "a span of record " + d.line() + " ends at " + s.end()
                            + ", past the text's " + length + " code points");
                }
            }
        }
        Mixer.Outcome out = mixer.treatLazily(d.id(), d::text, a);
        Treatment t = out.treatment();
        boolean unchanged = t.text() == null || t.text().equals(d.text());
        String text = unchanged ? null : t.text();
        int outLength = unchanged ? length : text.codePointCount(0, text.length());
        List<OutputRecord.RouteSpans> routes = List.of();
        if (!t.routes().isEmpty()) {
            CodePoints cp = new CodePoints(unchanged ? d.text() : text);
            routes = new ArrayList<>();
            for (Route r : t.routes()) {
                List<int[]> spans = new ArrayList<>();
                for (Interval s : r.spans()) spans.add(new int[] {cp.of(s.start()), cp.of(s.end())});
                routes.add(new OutputRecord.RouteSpans(r.name(), spans));
            }
        }
        JsonString literal = unchanged ? d.literal() : null;
        if (unchanged && literal == null) text = d.text();
        OutputRecord record = new OutputRecord(d.id(), text, literal, f.relative(), d.line(), out.label(), d.metadata(), routes);
        LabelTally.Counter tally = c.labels[out.label().ordinal()];
        tally.documents++;
        tally.characters += length;
        for (String name : new LinkedHashSet<>(t.applied())) tally.actions.merge(name, 1L, Long::sum);
        int heldOutCopies = 0;
        switch (t.destination()) {
            case TRAINING -> {
                for (int k = 0; k < t.copies(); k++) {
                    docsOut.write(record, k);
                    docs.endRecord();
                }
                tally.trainingDocuments += t.copies();
                tally.trainingCharacters += (long) t.copies() * outLength;
            }
            case HELD_OUT -> {
                heldOut.write(record, 0);
                held.endRecord();
                heldOutCopies = 1;
                tally.heldOutDocuments++;
                tally.heldOutCharacters += outLength;
            }
            case DROPPED -> tally.droppedDocuments++;
        }
        audit.write(new AuditEntry(d.id(), f.relative(), d.line(), out.label(), a.scores(), t.applied(),
                t.destination() == Destination.TRAINING ? t.copies() : 0, heldOutCopies, out.reason()));
    }

    /** Windows are needed only for the document's own label, and only when its rule has span-scoped actions. */
    private boolean wantsSpans(Label spanLabel, double[] scores, Label predicted) {
        if (!spanLabels.contains(spanLabel)) return false;
        if (predicted == null) return true;       // label not read yet (a line written by another tool): keep them all
        for (double s : scores) {
            if (Double.isNaN(s)) return true;
        }
        return policy.labelOf(scores, predicted) == spanLabel;
    }

    private static IOException mismatch(InputFile f, Path attributes, String what) {
        return new IOException("the attributes " + attributes + " do not belong to the input " + f.path() + ": " + what
                + "; tag this input again (or give the --attributes of the tag run over it)");
    }

    /** A shard of the plan, with where it goes and its completion marker. */
    private record PlannedShard(String kind, Shard shard, Path target, Path marker) {
        boolean done() {
            return Files.exists(marker) && Files.exists(target);
        }
    }

    private List<PlannedShard> plan(String kind, List<UnitResult> results, Function<UnitResult, List<Block>> blocksOf) {
        List<Path> parts = new ArrayList<>();
        List<List<Block>> blocks = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            parts.add(partsDir(options.inputs().get(i)).resolve(kind + ".zst"));
            blocks.add(blocksOf.apply(results.get(i)));
        }
        List<PlannedShard> out = new ArrayList<>();
        for (Shard s : Shard.plan(parts, blocks, options.shardBytes())) {
            String name = String.format(Locale.ROOT, "part-%05d.%s", s.index(), options.format().key());
            out.add(new PlannedShard(kind, s, options.output().resolve(kind).resolve(name),
                    state.resolve("shards/" + kind + "/" + name + ".done")));
        }
        return out;
    }

    /**
     * Writes the shards not yet done. Their blocks come from the units' parts, which are deleted once a
     * run is complete: a unit whose part is gone (a shard was deleted after the run) is mixed again.
     */
    private void writeShards(List<PlannedShard> todo) throws IOException {
        Map<Path, InputFile> unitOfPart = new HashMap<>();
        for (InputFile f : options.inputs()) {
            unitOfPart.put(partsDir(f).resolve("documents.zst"), f);
            unitOfPart.put(partsDir(f).resolve("held_out.zst"), f);
        }
        Set<InputFile> redo = new LinkedHashSet<>();
        for (PlannedShard p : todo) {
            for (Shard.Piece piece : p.shard().pieces()) {
                if (!Files.exists(piece.part())) redo.add(unitOfPart.get(piece.part()));
            }
        }
        List<CompletableFuture<UnitResult>> units = new ArrayList<>();
        for (InputFile f : redo) units.add(pool.supply(() -> runUnit(f)));
        pool.await(units);
        ShardWriter writer = ShardWriter.of(options.format());
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (PlannedShard p : todo) {
            pending.add(pool.supply(() -> {
                Path tmp = AtomicFiles.temporaryFor(p.target());
                String sha = writer.write(p.shard(), tmp);
                AtomicFiles.commit(tmp, p.target());
                JobState.writeMarker(p.marker(), new Manifest.ShardEntry(p.kind() + "/" + p.target().getFileName(),
                        p.shard().records(), p.shard().bytes(), sha));
                return null;
            }));
        }
        pool.await(pending);
    }

    private List<Manifest.ShardEntry> shardEntries(List<Path> files) throws IOException {
        List<Manifest.ShardEntry> out = new ArrayList<>();
        for (Path p : files) {
            Path marker = state.resolve("shards/" + p.getParent().getFileName() + "/" + p.getFileName() + ".done");
            out.add(JobState.readMarker(marker, Manifest.ShardEntry.class));
        }
        return out;
    }

    private byte[] fingerprint() throws IOException {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("policy_sha256", policy.sha256());
        ArrayNode names = n.putArray("self_names");
        policy.selfNames().forEach(names::add);
        n.put("seed", options.seed());
        n.put("format", options.format().key());
        n.put("shard_bytes", options.shardBytes());
        n.put("zstd_level", options.zstdLevel());
        n.put("text_field", options.reader().textField().toString());
        n.put("id_field", options.reader().idField().toString());
        n.put("max_record_bytes", options.reader().maxRecordBytes());
        n.put("attributes", options.attributes().toAbsolutePath().normalize().toString());
        ArrayNode inputs = n.putArray("inputs");
        for (InputFile f : options.inputs()) {
            ObjectNode i = inputs.addObject();
            i.put("path", f.relative());
            i.put("size", f.size());
            i.put("modified", Files.getLastModifiedTime(f.path()).toMillis());
            Path a = TagJob.attributesPath(options.attributes(), f);
            i.put("attributes_size", Files.size(a));
            i.put("attributes_modified", Files.getLastModifiedTime(a).toMillis());
        }
        return Json.MAPPER.writeValueAsBytes(n);
    }

    private Path writeRunStats(MixTotals totals, double seconds, double unitSeconds, long processed) throws IOException {
        long inputBytes = options.inputs().stream().mapToLong(InputFile::size).sum();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("files", options.inputs().size());
        s.put("records", totals.records());
        s.put("records_to_documents", totals.all().trainingDocuments());
        s.put("records_held_out", totals.all().heldOutDocuments());
        s.put("input_bytes", inputBytes);
        s.put("workers", options.workers());
        s.put("seconds", Math.round(seconds * 1000) / 1000.0);
        s.put("seconds_treating", Math.round(unitSeconds * 1000) / 1000.0);
        s.put("seconds_writing_shards_and_manifest", Math.round((seconds - unitSeconds) * 1000) / 1000.0);
        s.put("records_this_run", processed);
        s.put("records_per_second", Math.round(processed / Math.max(seconds, 1e-9)));
        Path file = options.output().resolve("stats").resolve("mix.json");
        AtomicFiles.writeBytes(file, Json.MAPPER.writeValueAsBytes(s));
        return file;
    }

    private Path partsDir(InputFile f) {
        return state.resolve("parts").resolve(f.relative());
    }

    private Path unitMarker(InputFile f) {
        return state.resolve("units").resolve(f.relative() + ".done.json");
    }

    /** Mutable counts of one unit. */
    private static final class UnitCounter {
        long records;
        long quarantinedAtTag;
        long unreadable;
        final LabelTally.Counter[] labels = new LabelTally.Counter[Label.COUNT];

        UnitCounter() {
            for (int i = 0; i < labels.length; i++) labels[i] = new LabelTally.Counter();
        }
    }
}
