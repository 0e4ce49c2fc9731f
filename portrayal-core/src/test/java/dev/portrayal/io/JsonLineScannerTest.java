package dev.portrayal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The scanner accepts only records Jackson reads, and reads them as Jackson does. */
class JsonLineScannerTest {
    // each list: well-formed pieces first, then (from the index in the second column) malformed or declined ones
    private static final String[] KEYS = {"text", "id", "meta", "a", "ID", "", "text ", "te\\u0078t", "i\\\"d"};
    private static final String[] STRINGS = {"", "plain", "caf\u00e9", "\u4e2d\uD83D\uDE00", "a\\nb", "q\\\"q", "\\\\",
        "\\/", "\\u00e9", "\\uD83D\\uDE00", "\\b\\f\\r\\t",
        "long text with several words in it to cross eight-byte boundaries \\n and more",
        "\\uD83D", "x\\uDE00", "\\x", "\\u12", "\\u00G0", "tab\there", "\u0001"};
    private static final String[] NUMBERS = {"0", "-0", "12", "1.5", "1e5", "1E+5", "1.5e-3", "-12.25E7",
        "01", "1.", ".5", "1e", "-", "+1", "0x10", "1_000", "NaN"};
    private static final String[] KEYWORDS = {"true", "false", "null", "tru", "nul", "truex", "True", "nullnull"};
    private static final int KEYS_OK = 7;
    private static final int STRINGS_OK = 12;
    private static final int NUMBERS_OK = 8;
    private static final int KEYWORDS_OK = 3;
    private static final String[] SPACES = {"", "", " ", "  ", "\t", " \r "};
    private static final String EDITS = "{}[],:\"\\ 0a-.e\t";

    private final JsonRecordParser jackson = new JsonRecordParser(FieldPath.parse("text"), FieldPath.parse("id"));
    private final JsonLineScanner scanner = new JsonLineScanner(FieldPath.parse("text"), FieldPath.parse("id"));

    @Property(tries = 400)
    void acceptsOnlyWhatJacksonReadsAndReadsItTheSame(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random r = new Random(seed);
        int accepted = 0;
        for (int n = 0; n < 50; n++) {
            String line = r.nextInt(3) == 0 ? mutate(r, record(r)) : record(r);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (Utf8.firstInvalid(bytes, 0, bytes.length) >= 0) continue;
            JsonRecordParser.Parsed reference = jackson.parse(bytes, 0, bytes.length);
            if (!scanner.scan(bytes, 0, bytes.length)) continue;
            accepted++;
            assertNull(reference.error(), () -> "the scanner accepted what Jackson rejects: " + line);
            JsonString text = scanner.text();
            assertEquals(reference.text(), text.value(), line);
            assertEquals(reference.text().codePointCount(0, reference.text().length()), text.codePointCount(), line);
            assertEquals(reference.id(), scanner.id(), line);
        }
        assertTrue(accepted > 0, "nothing went through the scanner for seed " + seed);
    }

    @Test
    void declinesWhatItCannotReadAsJacksonWould() {
        for (String line : new String[] {
            "{\"text\": 5}",                                   // not a string: Jackson words the error
            "{\"id\": \"a\"}",                                  // no text
            "{\"text\": \"\\uD800 lone\"}",                     // unpaired surrogate escape
            "{\"te\\u0078t\": \"escaped name\"}",               // field name with an escape
            "{\"text\": \"x\", \"id\": \"with \\\"escape\\\"\"}",
            "\uFEFF{\"text\": \"after a byte-order mark\"}",
            "{\"text\": \"x\"} {\"text\": \"y\"}",
            "{\"text\": \"x\",}",
            "{\"text\": \"raw \u0007 control\"}",
            "{\"text\": \"x\", \"n\": 01}",
            "{\"text\": \"x\", \"deep\": " + "[".repeat(300) + "]".repeat(300) + "}"}) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertFalse(scanner.scan(bytes, 0, bytes.length), line);
        }
    }

    @Test
    void readsNestedFieldPathsAndNumericIds() {
        JsonLineScanner nested = new JsonLineScanner(FieldPath.parse("doc.body"), FieldPath.parse("doc.meta.n"));
        byte[] bytes = "{\"doc\": {\"meta\": {\"n\": -12.5e3}, \"body\": \"b\\u00e9\", \"x\": [1, {\"body\": 2}]}, \"body\": 3}"
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(nested.scan(bytes, 0, bytes.length));
        assertEquals("b\u00e9", nested.text().value());
        assertEquals(2, nested.text().codePointCount());
        assertEquals("-12.5e3", nested.id());
    }

    private static String record(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(r, SPACES)).append('{');
        int fields = r.nextInt(5);
        boolean text = false;
        for (int f = 0; f < fields || !text && r.nextInt(4) > 0; f++) {
            if (f > 0) sb.append(pick(r, SPACES)).append(',');
            String key = f == fields ? "text" : pick(r, KEYS, KEYS_OK);
            text |= key.equals("text");
            sb.append(pick(r, SPACES)).append('"').append(key).append('"').append(pick(r, SPACES)).append(':')
                    .append(pick(r, SPACES));
            value(r, sb, key.equals("text") && r.nextInt(5) > 0 ? -1 : 0);
        }
        return sb.append(pick(r, SPACES)).append('}').append(pick(r, SPACES)).toString();
    }

    /** A value; depth -1 asks for a string. */
    private static void value(Random r, StringBuilder sb, int depth) {
        int kind = depth < 0 ? 0 : r.nextInt(depth > 2 ? 3 : 5);
        switch (kind) {
            case 0 -> {
                sb.append('"');
                for (int k = r.nextInt(4); k >= 0; k--) sb.append(pick(r, STRINGS, STRINGS_OK));
                sb.append('"');
            }
            case 1 -> sb.append(pick(r, NUMBERS, NUMBERS_OK));
            case 2 -> sb.append(pick(r, KEYWORDS, KEYWORDS_OK));
            case 3 -> {
                sb.append('[');
                int n = r.nextInt(4);
                for (int k = 0; k < n; k++) {
                    if (k > 0) sb.append(',').append(pick(r, SPACES));
                    value(r, sb, depth + 1);
                }
                sb.append(']');
            }
            default -> {
                sb.append('{');
                int n = r.nextInt(3);
                for (int k = 0; k < n; k++) {
                    if (k > 0) sb.append(',');
                    sb.append('"').append(pick(r, KEYS, KEYS_OK)).append("\":");
                    value(r, sb, depth + 1);
                }
                sb.append('}');
            }
        }
    }

    private static String mutate(Random r, String line) {
        StringBuilder sb = new StringBuilder(line);
        for (int k = 1 + r.nextInt(2); k > 0 && sb.length() > 0; k--) {
            int at = r.nextInt(sb.length());
            char c = EDITS.charAt(r.nextInt(EDITS.length()));
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, c);
                default -> sb.setCharAt(at, c);
            }
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    /** Mostly one of the first {@code ok} options; one time in twenty any of them. */
    private static String pick(Random r, String[] options, int ok) {
        return options[r.nextInt(r.nextInt(20) == 0 ? options.length : ok)];
    }
}
