package dev.portrayal.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portrayal.engine.Json;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Strings written by hand decode to themselves with a standard JSON parser. */
class JsonBytesProperties {
    @Property(tries = 500)
    void anyStringReadsBackAsItself(@ForAll String s) throws Exception {
        String valid = dropLoneSurrogates(s);
        assertEquals(valid, roundTrip(valid));
    }

    @Test
    void controlCharactersQuotesAndPairsAcrossChunkBoundariesSurvive() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8191; i++) sb.append((char) ('a' + i % 26));
        sb.append("\uD83D\uDE00\"\\\n\t\u0001\u007f\u00e9\u20ac");   // a pair straddling the first 8192-char chunk
        String s = sb.toString().repeat(3);
        assertEquals(s, roundTrip(s));
        GrowableBytes out = new GrowableBytes(16);
        JsonBytes.string(out, "a\u0001\"");
        assertEquals("\"a\\u0001\\\"\"", new String(out.array(), 0, out.size(), StandardCharsets.UTF_8));
    }

    private static String roundTrip(String s) throws Exception {
        GrowableBytes out = new GrowableBytes(16);
        JsonBytes.string(out, s);
        byte[] b = java.util.Arrays.copyOf(out.array(), out.size());
        return Json.MAPPER.readTree(b).asText();
    }

    private static String dropLoneSurrogates(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
