package dev.portrayal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ParquetAndWarcReaderTest {
    @TempDir
    Path dir;

    private List<ReadOutcome> read(Path p, ReaderOptions o) throws IOException {
        InputFile f = Corpora.input(dir, p);
        return Corpora.readAll(DocumentReaders.open(f, o, ByteRange.whole(), n -> { }));
    }

    @Test
    void parquetReadsNestedTextAndQuarantinesMissingValues() throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType(
                "message doc { required int64 key; optional binary junk (UTF8);"
                        + " optional group body { optional binary text (UTF8); } }");
        Path p = dir.resolve("docs.parquet");
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(p)).withType(schema).build()) {
            SimpleGroupFactory g = new SimpleGroupFactory(schema);
            for (int i = 0; i < 5; i++) {
                Group row = g.newGroup().append("key", (long) i).append("junk", "x".repeat(i));
                if (i != 3) row.addGroup("body").append("text", "document number " + i);
                w.write(row);
            }
        }
        List<ReadOutcome> out = read(p, new ReaderOptions(FieldPath.parse("body.text"), FieldPath.parse("key"), 1000));
        assertEquals(5, out.size());
        Document d0 = ((ReadOutcome.Readable) out.get(0)).document();
        assertEquals("0", d0.id());
        assertEquals("document number 0", d0.text());
        assertInstanceOf(ReadOutcome.Unreadable.class, out.get(3));
        assertEquals("document number 4", ((ReadOutcome.Readable) out.get(4)).document().text());

        List<ReadOutcome> wrongField = read(p, new ReaderOptions(FieldPath.parse("nope"), FieldPath.parse("key"), 1000));
        assertEquals(5, wrongField.size());
        assertTrue(wrongField.stream().allMatch(o -> o instanceof ReadOutcome.Unreadable));
    }

    @Test
    void truncatedParquetBecomesOneQuarantineEntry() throws IOException {
        Path p = dir.resolve("cut.parquet");
        Files.write(p, Arrays.copyOf(Corpora.utf8("PAR1 not really parquet at all"), 30));
        List<ReadOutcome> out = read(p, ReaderOptions.defaults());
        assertEquals(1, out.size());
        assertTrue(((ReadOutcome.Unreadable) out.get(0)).entry().error().startsWith("cannot read the Parquet file"));
    }

    @Test
    void warcYieldsResponsesAndConversionsWithTheirIdsAndUris() throws IOException {
        Path p = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder(URI.create("http://example.org/a")).date(Instant.EPOCH).build());
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"),
                            Corpora.utf8("<html><head><title>T</title><script>var x;</script></head><body>"
                                    + "<p>The robot said hello.</p><p>Second paragraph.</p></body></html>"))
                    .build();
            w.write(new WarcResponse.Builder(URI.create("http://example.org/a")).date(Instant.EPOCH).body(http).build());
            w.write(new WarcResponse.Builder(URI.create("http://example.org/img")).date(Instant.EPOCH)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build())
                    .build());
            w.write(new WarcConversion.Builder().setHeader("WARC-Target-URI", "http://example.org/b").date(Instant.EPOCH)
                    .body(MediaType.parse("text/plain"), Corpora.utf8("Plain extracted text.")).build());
        }
        List<ReadOutcome> out = read(p, ReaderOptions.defaults());
        assertEquals(3, out.size());
        Document html = ((ReadOutcome.Readable) out.get(0)).document();
        assertTrue(html.text().contains("The robot said hello.\n\nSecond paragraph."), html.text());
        assertTrue(!html.text().contains("var x"));
        assertTrue(html.id().startsWith("<urn:uuid:"), html.id());
        assertEquals("http://example.org/a", html.metadata().get("url"));
        assertTrue(((ReadOutcome.Unreadable) out.get(1)).entry().error().contains("image/png"));
        assertEquals("Plain extracted text.", ((ReadOutcome.Readable) out.get(2)).document().text());

        byte[] whole = Files.readAllBytes(p);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 40));
        List<ReadOutcome> damaged = read(cut, ReaderOptions.defaults());
        assertInstanceOf(ReadOutcome.Unreadable.class, damaged.get(damaged.size() - 1));
        assertEquals("http://example.org/a",
                ((ReadOutcome.Readable) damaged.get(0)).document().metadata().get("url"));
    }

    @Test
    void resolverFindsFilesDirectoriesAndGlobsAndRejectsUnknownInputs() throws Exception {
        Corpora.write(dir, "in/a.jsonl", Corpora.utf8("{}\n"));
        Corpora.write(dir, "in/sub/b.jsonl.zst", Corpora.zstd(Corpora.utf8("{}\n")));
        Corpora.write(dir, "in/sub/notes.txt", Corpora.utf8("x"));
        List<InputFile> byDir = InputResolver.resolve(List.of(dir.resolve("in").toString()));
        assertEquals(List.of("a.jsonl", "sub/b.jsonl.zst"), byDir.stream().map(InputFile::relative).toList());
        assertEquals("sub/b.jsonl.zst", byDir.get(1).relative());
        assertEquals("sub/b.jsonl.zst", byDir.get(1).relativeWithSuffix(".jsonl.zst"));
        List<InputFile> byGlob = InputResolver.resolve(List.of(dir.resolve("in") + "/**/*.zst"));
        assertEquals(List.of("sub/b.jsonl.zst"), byGlob.stream().map(InputFile::relative).toList());
        for (String bad : new String[] {dir.resolve("in/sub/notes.txt").toString(), dir.resolve("missing").toString()}) {
            try {
                InputResolver.resolve(List.of(bad));
                throw new AssertionError("accepted " + bad);
            } catch (InputResolver.InputException expected) {
                assertTrue(expected.getMessage().startsWith("--input "), expected.getMessage());
            }
        }
    }
}
