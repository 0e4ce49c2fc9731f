package dev.portrayal.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The window combiner's input summary and its file form. */
class WindowCombinerTest {
    private static final double EPS = 1e-4;

    @Test
    void theInputSummarisesTheDocumentAndItsWindowsAndTheWindowsThatNameAMind() {
        double[] doc = {0.1, 0.1, 0.1, 0.6, 0.1};
        double[][] windows = {{0.8, 0.05, 0.05, 0.05, 0.05}, {0.0, 0.0, 0.1, 0.2, 0.7}, {0.2, 0.0, 0.0, 0.7, 0.1}};
        int[] strong = {0, 0, 1};
        int[] weak = {1, 0, 0};
        double[] f = WindowCombiner.features(doc, windows, strong, weak);
        int k = Label.COUNT;
        assertEquals(WindowCombiner.FEATURES, f.length);
        assertEquals(Math.log(0.6 + EPS), f[Label.NEUTRAL.ordinal()], 1e-12, "document probabilities");
        assertEquals(Math.log(0.8 + EPS), f[k + Label.MISALIGNED.ordinal()], 1e-12, "maximum over windows");
        assertEquals(Math.log(1.0 / 3 + EPS), f[2 * k + Label.MISALIGNED.ordinal()], 1e-12, "mean over windows");
        assertEquals(1.0 / 3, f[3 * k + Label.NONE.ordinal()], 1e-12, "share of windows whose top label is none");
        assertEquals(Math.log(0.1 + EPS), f[4 * k + Label.NONE.ordinal()], 1e-12,
                "the none-heavy window names no mind, so it does not count in the maximum over mind windows");
        assertEquals(Math.log(3), f[5 * k], 1e-12);
        assertEquals(2.0 / 3, f[5 * k + 1], 1e-12, "windows naming a mind, strongly or weakly");
        assertEquals(1.0 / 3, f[5 * k + 2], 1e-12, "windows naming a mind strongly");
    }

    @Test
    void withoutWindowsNamingAMindTheDocumentStandsInForThem() {
        double[] doc = {0.1, 0.2, 0.3, 0.3, 0.1};
        double[] f = WindowCombiner.features(doc, new double[][] {{0.5, 0.1, 0.1, 0.2, 0.1}}, new int[] {0}, new int[] {0});
        assertEquals(Math.log(0.2 + EPS), f[4 * Label.COUNT + 1], 1e-12);
        assertEquals(0.0, f[5 * Label.COUNT + 1], 1e-12);
    }

    @Test
    void itIsWrittenAndReadBackUnchanged() throws IOException {
        WindowCombiner c = new WindowCombiner(3);
        for (int i = 0; i < c.w1.length; i++) c.w1[i] = (i % 7 - 3) / 5f;
        for (int i = 0; i < c.w2.length; i++) c.w2[i] = (i % 5 - 2) / 3f;
        for (int i = 0; i < WindowCombiner.FEATURES; i++) {
            c.mean[i] = i / 10f;
            c.scale[i] = 1 + i / 20f;
        }
        c.b1[1] = 0.5f;
        c.b2[2] = -0.25f;
        c.temperature = 1.3f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(new DataOutputStream(out));
        WindowCombiner read = WindowCombiner.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())));
        double[] doc = {0.3, 0.1, 0.2, 0.3, 0.1};
        double[][] windows = {{0.6, 0.1, 0.1, 0.1, 0.1}, doc};
        int[] minds = {1, 0};
        assertArrayEquals(c.combine(doc, windows, minds, minds), read.combine(doc, windows, minds, minds));
        assertEquals(1.3f, read.temperature);
    }
}
