package dev.portrayal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Property(tries = 3000)
    void agreesWithTheJdkDecoderOnArbitraryBytes(@ForAll @Size(max = 40) byte[] bytes) {
        assertEquals(jdkAccepts(bytes), Utf8.firstInvalid(bytes, 0, bytes.length) < 0);
    }

    @Property(tries = 1000)
    void acceptsEveryEncodedString(@ForAll String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        // lone surrogates are encoded as '?', so every encoded string is valid
        assertEquals(-1, Utf8.firstInvalid(b, 0, b.length));
    }

    @Test
    void rejectsOverlongSurrogateAndOutOfRangeForms() {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFF}, {'a', 'b', (byte) 0xE2, (byte) 0x82}};
        for (byte[] b : bad) {
            assertEquals(true, Utf8.firstInvalid(b, 0, b.length) >= 0);
        }
        assertEquals(2, Utf8.firstInvalid(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82}, 0, 4));
    }

    @Test
    void findsLoneSurrogatesInStrings() {
        assertEquals(-1, Utf8.firstLoneSurrogate("ok \uD83D\uDE00 ok"));
        assertEquals(3, Utf8.firstLoneSurrogate("ok \uD83D ok"));
        assertEquals(0, Utf8.firstLoneSurrogate("\uDE00"));
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
