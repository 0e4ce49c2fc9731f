package dev.portrayal.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import dev.portrayal.detect.Attributes;
import dev.portrayal.detect.Tagger;
import dev.portrayal.io.ByteRange;
import dev.portrayal.io.Document;
import dev.portrayal.io.DocumentReader;
import dev.portrayal.io.DocumentReaders;
import dev.portrayal.io.InputFile;
import dev.portrayal.io.QuarantineEntry;
import dev.portrayal.io.ReadOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a tagger over every record of the inputs and writes the attribute files, quarantine and
 * statistics of the contract. Units of work are files, or byte ranges of large plain JSONL files;
 * each unit writes its part aside and marks it done, so a rerun after a crash does only what is
 * left, and the merged output is the same bytes whatever the number of workers.
 */
public final class TagJob {
    private static final int ZSTD_LEVEL = 3;
    private static final int PROGRESS_BATCH = 256;

    private final TagOptions options;
    private final Tagger tagger;
    private final Progress progress;
    private final JobState state;
    private final Path work;
    private WorkerPool pool;

    /** What a finished run reports. */
    public record Result(UnitStats totals, double seconds, long recordsThisRun, Path statsFile, List<Path> attributeFiles) {
    }

    public TagJob(TagOptions options, Tagger tagger, Progress progress) {
        this.options = options;
        this.tagger = tagger;
        this.progress = progress;
        this.state = new JobState(options.output(), "tag");
        this.work = state.root();
    }

    public static Path attributesPath(Path output, InputFile f) {
        return output.resolve("attributes").resolve(f.relativeWithSuffix(".jsonl.zst"));
    }

    public static Path quarantinePath(Path output, InputFile f) {
        return output.resolve("quarantine").resolve(f.relativeWithSuffix(".jsonl"));
    }

    public Result run() throws IOException, ConfigurationException {
        long t0 = System.nanoTime();
        prepareOutput();
        List<InputFile> todo = new ArrayList<>();
        for (InputFile f : options.inputs()) {
            if (!isFileDone(f)) todo.add(f);
        }
        progress.setTotalBytes(todo.stream().mapToLong(InputFile::size).sum());
        todo.sort(Comparator.comparingLong(InputFile::size).reversed());
        long before = progress.records();
        try (WorkerPool workers = new WorkerPool(options.workers(), "tag-worker")) {
            pool = workers;
            List<CompletableFuture<Void>> files = new ArrayList<>();
            for (InputFile f : todo) files.add(processFile(f));
            workers.await(files);
        }
        UnitStats totals = UnitStats.zero();
        List<Path> outputs = new ArrayList<>();
        for (InputFile f : options.inputs()) {
            totals = totals.plus(readStats(fileMarker(f)));
            outputs.add(attributesPath(options.output(), f));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long processed = progress.records() - before;
        Path stats = writeRunStats(totals, seconds, processed);
        return new Result(totals, seconds, processed, stats, outputs);
    }

    private CompletableFuture<Void> processFile(InputFile f) {
        List<long[]> bounds = split(f);
        CompletableFuture<List<ByteRange>> ranges;
        if (bounds.size() == 1) {
            ranges = CompletableFuture.completedFuture(List.of(ByteRange.whole()));
        } else {
            List<CompletableFuture<Long>> counts = new ArrayList<>();
            for (long[] b : bounds) {
                counts.add(pool.supply(() ->
                        DocumentReaders.countRecords(f, new ByteRange(b[0], b[1], 0), options.reader().maxRecordBytes())));
            }
            ranges = CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)).thenApply(v -> {
                List<ByteRange> list = new ArrayList<>();
                long first = 0;
                for (int i = 0; i < bounds.size(); i++) {
                    list.add(new ByteRange(bounds.get(i)[0], bounds.get(i)[1], first));
                    first += counts.get(i).join();
                }
                return list;
            });
        }
        return ranges.thenCompose(list -> {
            List<CompletableFuture<UnitStats>> parts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                int part = i;
                Path marker = partMarker(f, part);
                if (Files.exists(marker)) {
                    parts.add(CompletableFuture.completedFuture(pool.guarded(() -> readStats(marker))));
                } else {
                    parts.add(pool.supply(() -> runPart(f, part, list.get(part))));
                }
            }
            return pool.after(CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)), () -> {
                mergeFile(f, parts.size(), parts.stream().map(CompletableFuture::join).toList());
                return null;
            });
        });
    }

    private List<long[]> split(InputFile f) {
        List<long[]> bounds = new ArrayList<>();
        if (!f.format().splittable() || f.size() <= options.splitBytes()) {
            bounds.add(new long[] {0, Long.MAX_VALUE});
            return bounds;
        }
        for (long s = 0; s < f.size(); s += options.splitBytes()) {
            long e = s + options.splitBytes() >= f.size() ? Long.MAX_VALUE : s + options.splitBytes();
            bounds.add(new long[] {s, e});
        }
        return bounds;
    }

    private UnitStats runPart(InputFile f, int part, ByteRange range) throws IOException {
        Path attr = partFile(f, part, ".attr.zst");
        Path quar = partFile(f, part, ".quarantine.jsonl");
        Files.createDirectories(attr.getParent());
        Path attrTmp = AtomicFiles.temporaryFor(attr);
        Path quarTmp = AtomicFiles.temporaryFor(quar);
        UnitStats.Counter counter = new UnitStats.Counter();
        int sinceReport = 0;
        try (DocumentReader reader = DocumentReaders.open(f, options.reader(), range, progress::addBytes);
             AttributeLineWriter attributes = new AttributeLineWriter(new BufferedOutputStream(
                     new ZstdOutputStreamNoFinalizer(Files.newOutputStream(attrTmp), ZSTD_LEVEL), 1 << 16));
             QuarantineWriter quarantine = new QuarantineWriter(new BufferedOutputStream(Files.newOutputStream(quarTmp)))) {
            ReadOutcome outcome;
            while ((outcome = reader.next()) != null) {
                if (outcome instanceof ReadOutcome.Readable readable) {
                    Document doc = readable.document();
                    Attributes a = tagSafely(doc, f);
                    if (a == null) {
                        quarantine.write(new QuarantineEntry(f.relative(), doc.line(), "the tagger failed on this record",
                                QuarantineEntry.rawPrefix(doc.text().getBytes(StandardCharsets.UTF_8), 0,
                                        Math.min(doc.text().length(), QuarantineEntry.RAW_LIMIT))));
                        counter.quarantined++;
                    } else {
                        attributes.write(doc.id(), doc.line(), a);
                        counter.tagged++;
                        counter.characters += doc.text().codePointCount(0, doc.text().length());
                        if (a.label() != null) counter.labels[a.label().ordinal()]++;
                    }
                } else {
                    quarantine.write(((ReadOutcome.Unreadable) outcome).entry());
                    counter.quarantined++;
                }
                if (++sinceReport == PROGRESS_BATCH) {
                    progress.addRecords(sinceReport);
                    sinceReport = 0;
                    pool.checkNotFailed();
                }
            }
        }
        progress.addRecords(sinceReport);
        AtomicFiles.commit(attrTmp, attr);
        AtomicFiles.commit(quarTmp, quar);
        UnitStats stats = counter.toStats();
        JobState.writeMarker(partMarker(f, part), stats);
        return stats;
    }

    private Attributes tagSafely(Document doc, InputFile f) {
        try {
            return tagger.tag(doc);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void mergeFile(InputFile f, int parts, List<UnitStats> stats) throws IOException {
        List<Path> attrs = new ArrayList<>();
        List<Path> quarantines = new ArrayList<>();
        UnitStats total = UnitStats.zero();
        for (int i = 0; i < parts; i++) {
            attrs.add(partFile(f, i, ".attr.zst"));
            Path q = partFile(f, i, ".quarantine.jsonl");
            if (Files.size(q) > 0) quarantines.add(q);
            total = total.plus(stats.get(i));
        }
        AtomicFiles.concatenate(attrs, attributesPath(options.output(), f));
        Path quarantine = quarantinePath(options.output(), f);
        if (quarantines.isEmpty()) {
            Files.deleteIfExists(quarantine);
        } else {
            AtomicFiles.concatenate(quarantines, quarantine);
        }
        JobState.writeMarker(fileMarker(f), total);
        AtomicFiles.deleteTree(partsDir(f));
    }

    private boolean isFileDone(InputFile f) throws IOException {
        if (Files.exists(fileMarker(f)) && Files.exists(attributesPath(options.output(), f))) {
            AtomicFiles.deleteTree(partsDir(f));
            return true;
        }
        return false;
    }

    private void prepareOutput() throws IOException, ConfigurationException {
        state.claim(fingerprint(), options.overwrite(), List.of("attributes", "quarantine", "stats/tag.json"));
    }

    private byte[] fingerprint() throws IOException {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("tagger", tagger.fingerprint());
        n.put("text_field", options.reader().textField().toString());
        n.put("id_field", options.reader().idField().toString());
        n.put("max_record_bytes", options.reader().maxRecordBytes());
        n.put("split_bytes", options.splitBytes());
        ArrayNode inputs = n.putArray("inputs");
        for (InputFile f : options.inputs()) {
            ObjectNode i = inputs.addObject();
            i.put("path", f.relative());
            i.put("size", f.size());
            i.put("modified", Files.getLastModifiedTime(f.path()).toMillis());
        }
        return Json.MAPPER.writeValueAsBytes(n);
    }

    private Path writeRunStats(UnitStats totals, double seconds, long processed) throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("files", options.inputs().size());
        s.put("records_read", totals.records());
        s.put("records_tagged", totals.tagged());
        s.put("records_quarantined", totals.quarantined());
        s.put("labels", totals.labels());
        s.put("characters", totals.characters());
        s.put("input_bytes", options.inputs().stream().mapToLong(InputFile::size).sum());
        s.put("workers", options.workers());
        s.put("tagger", tagger.fingerprint());
        s.put("seconds", Math.round(seconds * 1000) / 1000.0);
        s.put("records_this_run", processed);
        s.put("records_per_second", Math.round(processed / Math.max(seconds, 1e-9)));
        Path file = options.output().resolve("stats").resolve("tag.json");
        AtomicFiles.writeBytes(file, Json.MAPPER.writeValueAsBytes(s));
        return file;
    }

    private static UnitStats readStats(Path marker) throws IOException {
        return JobState.readMarker(marker, UnitStats.class);
    }

    private Path partsDir(InputFile f) {
        return work.resolve("parts").resolve(f.relative());
    }

    private Path partFile(InputFile f, int part, String suffix) {
        return partsDir(f).resolve(String.format(Locale.ROOT, "part-%05d%s", part, suffix));
    }

    private Path partMarker(InputFile f, int part) {
        return partFile(f, part, ".done.json");
    }

    private Path fileMarker(InputFile f) {
        return work.resolve("files").resolve(f.relative() + ".done.json");
    }

}
