package dev.portrayal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Keeping the text as its JSON literal reads exactly what decoding it reads. */
class JsonStringTest {
    private static final String[] PIECES = {"a", "Z", " ", "é", "\u00e9", "ß", "\u4e2d", "\uD83D\uDE00", "\\n", "\\t",
        "\\\"", "\\\\", "\\/", "\\u00e9", "\\u4E2D", "\\uD83D\\uDE00", "\\ud83d\\ude00", "\\uD83D", "\\uDE00x", "\"",
        "\\b", "\\f", "\\r", "\\u0000", "\\uDBFF\\uDFFF", "\\uD800\\u0041"};

    /** A random line: a text field built of escapes, raw UTF-8 and surrogate escapes (some unpaired), an id, and noise. */
    private static String line(Random r, int n) {
        StringBuilder text = new StringBuilder();
        int len = r.nextInt(12);
        for (int i = 0; i < len; i++) {
            String p = PIECES[r.nextInt(PIECES.length)];
            text.append(p.equals("\"") ? "\\\"" : p);
        }
        return switch (r.nextInt(4)) {
            case 0 -> "{\"id\": \"d" + n + "\", \"text\": \"" + text + "\"}";
            case 1 -> "{\"meta\": {\"text\": \"decoy\"}, \"text\":\"" + text + "\", \"id\": " + n + "}";
            case 2 -> "{\"text\": \"" + text + "\", \"more\": [1, \"x\\\"y\", {\"text\": 2}]}";
            default -> "{\"text\": \"" + text + "\"  ,\"id\":\"d" + n + "\"}";
        };
    }

    @Property(tries = 300)
    void literalAndDecodedReadingsAgree(@ForAll @IntRange(min = 0, max = 100000) int seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20; i++) lines.append(line(r, i)).append('\n');
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        List<ReadOutcome> decoded = read(bytes, ReaderOptions.defaults());
        List<ReadOutcome> literal = read(bytes, ReaderOptions.defaults().withJsonText());
        assertEquals(decoded.size(), literal.size());
        for (int i = 0; i < decoded.size(); i++) {
            ReadOutcome a = decoded.get(i);
            ReadOutcome b = literal.get(i);
            if (a instanceof ReadOutcome.Unreadable ua) {
                ReadOutcome.Unreadable ub = (ReadOutcome.Unreadable) b;
                assertEquals(ua.entry().error(), ub.entry().error());
                continue;
            }
            Document da = ((ReadOutcome.Readable) a).document();
            Document db = ((ReadOutcome.Readable) b).document();
            assertNull(da.literal());
            assertEquals(da.id(), db.id());
            assertEquals(da.line(), db.line());
            String text = da.text();
            assertEquals(text.codePointCount(0, text.length()), db.codePointCount(), "code points of " + text);
            assertEquals(text, db.text());
        }
    }

    @Test
    void theLiteralIsKeptAsItStood() throws IOException {
        byte[] bytes = "{\"id\":\"a\",\"text\":\"caf\\u00e9 \\\"x\\\"\\n\u4e2d\"}\n".getBytes(StandardCharsets.UTF_8);
        Document d = ((ReadOutcome.Readable) read(bytes, ReaderOptions.defaults().withJsonText()).get(0)).document();
        assertNotNull(d.literal());
        assertEquals("\"caf\\u00e9 \\\"x\\\"\\n\u4e2d\"", new String(d.literal().literal(), StandardCharsets.UTF_8));
        assertEquals(10, d.codePointCount());
        assertEquals("café \"x\"\n\u4e2d", d.text());
    }

    private static List<ReadOutcome> read(byte[] bytes, ReaderOptions options) throws IOException {
        List<ReadOutcome> out = new ArrayList<>();
        try (JsonlReader reader = new JsonlReader(new ByteArrayInputStream(bytes), "x.jsonl", options)) {
            ReadOutcome o;
            while ((o = reader.next()) != null) out.add(o);
        }
        return out;
    }
}
