package dev.portrayal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Reading a file in byte ranges gives exactly the records of reading it whole. */
class ByteRangeTest {
    @Property(tries = 60)
    void rangesPartitionTheRecords(@ForAll @IntRange(min = 0, max = 200) int records,
                                   @ForAll @IntRange(min = 1, max = 3000) int split,
                                   @ForAll @IntRange(min = 0, max = 1000) int seed) throws IOException {
        Path dir = Files.createTempDirectory("ranges");
        String lines = Corpora.validLines(records, seed).replace("\"}\n{\"id\": \"d7\"", "\"}\n\n  \n{\"id\": \"d7\"")
                + "{\"broken\n";
        Path p = Corpora.write(dir, "x.jsonl", Corpora.utf8(lines));
        InputFile f = Corpora.input(dir, p);
        List<String> whole = describe(Corpora.readAll(
                DocumentReaders.open(f, ReaderOptions.defaults(), ByteRange.whole(), n -> { })));
        List<String> parts = new ArrayList<>();
        long first = 0;
        for (long s = 0; s < f.size(); s += split) {
            long e = s + split >= f.size() ? Long.MAX_VALUE : s + split;
            ByteRange r = new ByteRange(s, e, first);
            long count = DocumentReaders.countRecords(f, r, ReaderOptions.DEFAULT_MAX_RECORD_BYTES);
            List<String> got = describe(Corpora.readAll(DocumentReaders.open(f, ReaderOptions.defaults(), r, n -> { })));
            assertEquals(count, got.size());
            parts.addAll(got);
            first += count;
        }
        assertEquals(whole, parts);
        Files.delete(p);
    }

    private static List<String> describe(List<ReadOutcome> out) {
        return out.stream().map(o -> o instanceof ReadOutcome.Readable r
                ? r.document().line() + ":" + r.document().id() + ":" + r.document().text().hashCode()
                : o.line() + ":bad").toList();
    }
}
