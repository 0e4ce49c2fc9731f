package dev.portrayal.mix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import dev.portrayal.detect.Label;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast reading of tag's own attribute lines agrees with the full JSON parser, line for line. */
class AttributeLineParserTest {
    private static final AttributeReader.SpanFilter ALL = (l, s, p) -> true;
    private static final AttributeReader.SpanFilter NONE = (l, s, p) -> false;

    /** A line as tag writes it; with {@code loose}, the same content with spaces (which only a full parser reads). */
    private static String line(Random r, int n, boolean loose) {
        String sp = loose ? " " : "";
        StringBuilder b = new StringBuilder("{\"id\":" + sp + "\"d" + n + (r.nextInt(5) == 0 ? "\\u00e9\\\"q" : "") + "\","
                + sp + "\"line\":" + sp + n + "," + sp + "\"attributes\":" + sp + "{");
        int length = 1 + r.nextInt(5000);
        List<String> parts = new ArrayList<>();
        for (Label l : Label.values()) parts.add("\"portrayal__doc__" + l.key() + "\":[[0," + length + "," + score(r) + "]]");
        if (r.nextBoolean()) parts.add("\"portrayal__label__" + Label.values()[r.nextInt(5)].key() + "\":[[0," + length + ",1.0]]");
        if (r.nextBoolean()) parts.add("\"portrayal__behavior__deception\":[[3,9," + score(r) + "]]");
        if (r.nextBoolean()) parts.add("\"portrayal__self_reference\":[]");
        for (String k : new String[] {"misaligned", "risk", "aligned"}) {
            if (r.nextInt(3) == 0) continue;
            StringBuilder s = new StringBuilder("\"portrayal__span__" + k + "\":[");
            int at = 0;
            int windows = 1 + r.nextInt(4);
            for (int w = 0; w < windows; w++) {
                if (w > 0) s.append(',' + sp);
                int end = Math.min(length, at + 1 + r.nextInt(900));
                s.append('[').append(at).append(',').append(end).append(',').append(score(r)).append(']');
                at = end;
            }
            parts.add(s.append(']').toString());
        }
        java.util.Collections.shuffle(parts, r);
        b.append(String.join("," + sp, parts)).append("}}");
        return b.toString();
    }

    private static String score(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "0.0";
            case 1 -> "1";
            case 2 -> "1.5E-5";
            case 3 -> String.valueOf(r.nextDouble());
            default -> String.format(Locale.ROOT, "%.4f", r.nextDouble());
        };
    }

    @Property(tries = 200)
    void fastAndFullReadingsAgree(@ForAll @IntRange(min = 0, max = 100000) int seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder file = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String l = line(r, i, r.nextInt(4) == 0);
            lines.add(l);
            file.append(l).append('\n');
        }
        Path dir = Files.createTempDirectory("attr");
        Path zst = dir.resolve("a.jsonl.zst");
        Files.write(zst, Zstd.compress(file.toString().getBytes(StandardCharsets.UTF_8)));
        AttributeReader.SpanFilter filter = r.nextBoolean() ? ALL : NONE;
        AttributeLineParser fast = new AttributeLineParser();
        try (AttributeReader reader = new AttributeReader(zst, filter)) {
            for (String l : lines) {
                TaggedRecord got = reader.next();
                byte[] bytes = l.getBytes(StandardCharsets.UTF_8);
                TaggedRecord quick = fast.parse(bytes, 0, bytes.length, filter);
                if (l.contains(" ")) assertNull(quick, "a line with spaces is left to the full parser");
                else assertSame(got, quick);
                TaggedRecord full = viaJackson(l, filter, dir);
                assertSame(full, got);
            }
            assertNull(reader.next());
        }
    }

    private static TaggedRecord viaJackson(String line, AttributeReader.SpanFilter filter, Path dir) throws IOException {
        // a leading space keeps the fast path away, so this is the full parser's reading
        Path f = dir.resolve("one.jsonl.zst");
        Files.write(f, Zstd.compress((" " + line + "\n").getBytes(StandardCharsets.UTF_8)));
        try (AttributeReader r = new AttributeReader(f, filter)) {
            return r.next();
        }
    }

    private static void assertSame(TaggedRecord a, TaggedRecord b) {
        assertNotNull(a);
        assertNotNull(b);
        assertEquals(a.id(), b.id());
        assertEquals(a.line(), b.line());
        assertArrayEquals(a.scores(), b.scores());
        assertEquals(a.predicted(), b.predicted());
        assertEquals(a.length(), b.length());
        for (Label l : Label.values()) assertEquals(a.windows(l), b.windows(l));
    }

    @Test
    void damagedLinesAreReportedWithTheirLineNumber() throws IOException {
        Path dir = Files.createTempDirectory("attr");
        Path zst = dir.resolve("a.jsonl.zst");
        String good = "{\"id\":\"a\",\"line\":0,\"attributes\":{\"portrayal__doc__none\":[[0,4,1.0]]}}";
        Files.write(zst, Zstd.compress((good + "\n{\"id\":\"b\",\"line\":1,\"attributes\":{\"portrayal__doc__none\":[[0,4,01]]}}\n")
                .getBytes(StandardCharsets.UTF_8)));
        try (AttributeReader r = new AttributeReader(zst, ALL)) {
            assertEquals("a", r.next().id());
            IOException e = assertThrows(IOException.class, r::next);
            assertTrue(e.getMessage().contains("attribute line 2"), e.getMessage());
        }
    }
}
