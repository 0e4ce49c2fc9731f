package dev.portrayal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portrayal.io.ByteRange;
import dev.portrayal.io.DocumentReader;
import dev.portrayal.io.DocumentReaders;
import dev.portrayal.io.InputFile;
import dev.portrayal.io.ReadOutcome;
import dev.portrayal.io.ReaderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/** Reads corpus files (every format {@code tag} reads), file by file in parallel, through a {@link Contamination} check. */
public final class ContaminationScan {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ContaminationScan() {
    }

    /** Scans every readable record; returns how many records could not be read. */
    public static long run(Contamination check, List<InputFile> files, ReaderOptions options, int workers)
            throws IOException, InterruptedException {
        LongAdder unreadable = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        try {
            List<Future<Object>> futures = files.stream().map(f -> pool.submit(() -> {
                try (DocumentReader r = DocumentReaders.open(f, options, ByteRange.whole(), b -> { })) {
                    ReadOutcome o;
                    while ((o = r.next()) != null) {
                        if (o instanceof ReadOutcome.Readable d) {
                            check.scan(d.document(), f.relative());
                        } else {
                            unreadable.increment();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(f.path() + ": " + e.getMessage(), e);
                }
                return null;
            })).toList();
            for (Future<Object> fu : futures) {
                try {
                    fu.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
                    throw new IOException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return unreadable.sum();
    }

    public static ObjectNode report(Contamination check, long unreadable, String itemsName, String split) {
        ObjectNode out = JSON.objectNode();
        out.put("items", itemsName);
        out.put("split", split);
        out.put("n_items", check.itemCount());
        out.put("n_items_too_short", check.itemsTooShort());
        out.put("ngram", check.n());
        out.put("min_shared", check.minShared());
        out.put("documents_scanned", check.documentsScanned());
        out.put("records_unreadable", unreadable);
        out.put("documents_overlapping", check.documentsFlagged());
        List<Contamination.Overlap> overlaps = check.overlaps();
        out.put("n_items_overlapping", overlaps.size());
        ArrayNode list = out.putArray("overlaps");
        for (Contamination.Overlap o : overlaps) {
            ObjectNode x = list.addObject();
            x.put("id", o.item().id());
            x.put("category", o.item().category());
            x.put("documents", o.documents());
            ArrayNode ex = x.putArray("examples");
            for (Contamination.Match m : o.examples()) {
                ex.addObject().put("source", m.source()).put("line", m.line()).put("id", m.documentId())
                        .put("shared_ngrams", m.sharedNgrams()).put("ngram", m.example());
            }
        }
        return out;
    }

    public static String summary(JsonNode r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "items checked: %d (%s, split %s), word %d-grams, overlap = at least %d shared%n",
                r.path("n_items").asInt(), r.path("items").asText(), r.path("split").asText(), r.path("ngram").asInt(),
                r.path("min_shared").asInt()));
        if (r.path("n_items_too_short").asInt() > 0) {
            sb.append(String.format(Locale.ROOT, "items too short to check: %d%n", r.path("n_items_too_short").asInt()));
        }
        sb.append(String.format(Locale.ROOT, "documents scanned: %d (%d unreadable records skipped)%n",
                r.path("documents_scanned").asLong(), r.path("records_unreadable").asLong()));
        sb.append(String.format(Locale.ROOT, "documents overlapping an item: %d; items overlapped: %d%n",
                r.path("documents_overlapping").asLong(), r.path("n_items_overlapping").asInt()));
        for (JsonNode o : r.path("overlaps")) {
            JsonNode first = o.path("examples").path(0);
            sb.append(String.format(Locale.ROOT, "  %s (%s): %d documents, e.g. %s line %d: \"%s\"%n", o.path("id").asText(),
                    o.path("category").asText(), o.path("documents").asLong(), first.path("source").asText(),
                    first.path("line").asLong(), first.path("ngram").asText()));
        }
        return sb.toString();
    }
}
