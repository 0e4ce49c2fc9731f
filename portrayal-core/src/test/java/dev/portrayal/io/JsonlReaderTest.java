package dev.portrayal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    @TempDir
    Path dir;

    private List<ReadOutcome> read(byte[] bytes, ReaderOptions options) throws IOException {
        return Corpora.readAll(new JsonlReader(new ByteArrayInputStream(bytes), "f.jsonl", options));
    }

    private static String error(ReadOutcome o) {
        return ((ReadOutcome.Unreadable) o).entry().error();
    }

    @Test
    void everyKindOfBadRecordIsQuarantinedInPlaceWithItsReason() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(Corpora.utf8("{\"id\": \"a\", \"text\": \"fine\"}\n"));
        b.write(Corpora.utf8("{\"id\": \"b\", \"text\": \"unterminated\n"));
        b.write(Corpora.utf8("{\"id\": \"c\", \"body\": \"no text\"}\n"));
        b.write(Corpora.utf8("{\"id\": \"d\", \"text\": 42}\n"));
        b.write(Corpora.utf8("{\"id\": \"e\", \"text\": \"bad "));
        b.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        b.write(Corpora.utf8("\"}\n"));
        b.write(Corpora.utf8("{\"id\": \"f\", \"text\": \"" + "x".repeat(300) + "\"}\n"));
        b.write(Corpora.utf8("{\"id\": \"g\", \"text\": \"lone \\ud800 surrogate\"}\n"));
        b.write(Corpora.utf8("[1, 2]\n"));
        b.write(Corpora.utf8("{\"text\": \"no id\"} trailing\n"));
        b.write(Corpora.utf8("\n   \n{\"text\": \"no id here\"}\n"));
        List<ReadOutcome> out = read(b.toByteArray(), new ReaderOptions(FieldPath.parse("text"), FieldPath.parse("id"), 200));
        assertEquals(10, out.size());
        for (int i = 0; i < out.size(); i++) assertEquals(i, out.get(i).line());
        assertInstanceOf(ReadOutcome.Readable.class, out.get(0));
        assertTrue(error(out.get(1)).startsWith("malformed JSON"), error(out.get(1)));
        assertEquals("missing text field 'text'", error(out.get(2)));
        assertEquals("field 'text' is a number, expected a string", error(out.get(3)));
        assertTrue(error(out.get(4)).startsWith("invalid UTF-8"), error(out.get(4)));
        assertTrue(error(out.get(5)).contains("over the limit of 200 bytes"), error(out.get(5)));
        assertTrue(error(out.get(6)).contains("unpaired surrogate"), error(out.get(6)));
        assertTrue(error(out.get(7)).contains("expected an object"), error(out.get(7)));
        assertTrue(error(out.get(8)).startsWith("malformed JSON"), error(out.get(8)));
        Document last = ((ReadOutcome.Readable) out.get(9)).document();
        assertEquals("f.jsonl:9", last.id());
        assertEquals("no id here", last.text());
    }

    @Test
    void dottedPathsReachIntoNestedObjectsAndNumericIdsBecomeText() throws IOException {
        String line = "{\"meta\": {\"key\": 17, \"x\": [1, {\"text\": \"decoy\"}]}, \"text\": \"decoy\","
                + " \"body\": {\"content\": {\"text\": \"the real one\"}}}\n";
        ReaderOptions o = new ReaderOptions(FieldPath.parse("body.content.text"), FieldPath.parse("meta.key"), 1000);
        Document d = ((ReadOutcome.Readable) read(Corpora.utf8(line), o).get(0)).document();
        assertEquals("the real one", d.text());
        assertEquals("17", d.id());
    }

    @Test
    void truncatedGzipAndZstdKeepEveryRecordBeforeTheDamage() throws IOException {
        byte[] plain = Corpora.utf8(Corpora.validLines(2000, 1));
        for (Compression c : new Compression[] {Compression.GZIP, Compression.ZSTD}) {
            byte[] packed = c == Compression.GZIP ? Corpora.gzip(plain) : Corpora.zstd(plain);
            byte[] cut = Arrays.copyOf(packed, packed.length / 2);
            List<ReadOutcome> out = Corpora.readAll(new JsonlReader(
                    c.decompress(new ByteArrayInputStream(cut)), "f", ReaderOptions.defaults()));
            ReadOutcome last = out.get(out.size() - 1);
            assertInstanceOf(ReadOutcome.Unreadable.class, last, c.name());
            assertTrue(error(last).startsWith("unreadable data from here to the end of the file"), error(last));
            for (int i = 0; i < out.size() - 1; i++) {
                Document d = ((ReadOutcome.Readable) out.get(i)).document();
                assertEquals("d" + i, d.id());
                assertEquals(i, d.line());
            }
            assertTrue(out.size() > 300, c + " kept only " + out.size());
        }
    }

    @Test
    void corruptZstdInTheMiddleKeepsWhatCameBefore() throws IOException {
        byte[] plain = Corpora.utf8(Corpora.validLines(3000, 2));
        byte[] packed = Corpora.zstd(plain);
        for (int i = packed.length / 2; i < packed.length / 2 + 64; i++) packed[i] ^= 0x5A;
        List<ReadOutcome> out = Corpora.readAll(new JsonlReader(
                Compression.ZSTD.decompress(new ByteArrayInputStream(packed)), "f", ReaderOptions.defaults()));
        long readable = out.stream().filter(o -> o instanceof ReadOutcome.Readable).count();
        assertTrue(readable > 0);
        assertInstanceOf(ReadOutcome.Unreadable.class, out.get(out.size() - 1));
    }
}
