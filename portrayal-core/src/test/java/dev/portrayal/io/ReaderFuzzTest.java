package dev.portrayal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;

/** Arbitrary bytes fed to every reader: they never throw and never loop forever. */
class ReaderFuzzTest {
    private final Path dir;

    ReaderFuzzTest() throws IOException {
        dir = Files.createTempDirectory("fuzz");
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private List<ReadOutcome> readAs(String name, byte[] bytes) throws IOException {
        Path p = Corpora.write(dir, name, bytes);
        InputFile f = Corpora.input(dir, p);
        return Corpora.readAll(DocumentReaders.open(f, ReaderOptions.defaults(), ByteRange.whole(), n -> { }));
    }

    @Property(tries = 300)
    void plainJsonlYieldsOneOutcomePerNonBlankLine(@ForAll @Size(max = 400) byte[] bytes) throws IOException {
        List<ReadOutcome> out = readAs("a.jsonl", bytes);
        long lines = java.util.Arrays.stream(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n"))
                .filter(l -> !l.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r'))
                .count();
        assertEquals(lines, out.size());
    }

    @Property(tries = 200)
    void compressedReadersSurviveGarbage(@ForAll @Size(max = 400) byte[] bytes) throws IOException {
        readAs("a.jsonl.gz", bytes);
        readAs("a.jsonl.zst", bytes);
    }

    @Property(tries = 200)
    void compressedReadersSurviveDamagedRealStreams(@ForAll @IntRange(min = 0, max = 2000) int cut,
                                                   @ForAll @IntRange(min = 0, max = 255) int flip) throws IOException {
        byte[] plain = Corpora.utf8(Corpora.validLines(40, cut));
        for (byte[] packed : new byte[][] {Corpora.gzip(plain), Corpora.zstd(plain)}) {
            byte[] damaged = java.util.Arrays.copyOf(packed, Math.min(packed.length, cut));
            if (damaged.length > 20) damaged[damaged.length / 2] ^= (byte) flip;
            List<ReadOutcome> out = readAs(packed[0] == 0x1f ? "b.jsonl.gz" : "b.jsonl.zst", damaged);
            for (int i = 0; i < out.size(); i++) assertEquals(i, out.get(i).line());
        }
    }

    @Property(tries = 150)
    void parquetReaderSurvivesGarbage(@ForAll @Size(max = 300) byte[] bytes) throws IOException {
        byte[] withMagic = new byte[bytes.length + 8];
        System.arraycopy(Corpora.utf8("PAR1"), 0, withMagic, 0, 4);
        System.arraycopy(bytes, 0, withMagic, 4, bytes.length);
        System.arraycopy(Corpora.utf8("PAR1"), 0, withMagic, bytes.length + 4, 4);
        readAs("a.parquet", bytes);
        readAs("b.parquet", withMagic);
    }

    @Property(tries = 200)
    void warcReaderSurvivesGarbage(@ForAll @Size(max = 400) byte[] bytes) throws IOException {
        byte[] withHeader = Corpora.utf8("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 30\r\n\r\n"
                + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        readAs("a.warc", bytes);
        readAs("b.warc", withHeader);
        readAs("c.warc.gz", bytes);
    }
}
