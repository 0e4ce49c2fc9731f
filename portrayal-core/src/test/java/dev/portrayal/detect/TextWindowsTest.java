package dev.portrayal.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWindowsTest {
    private static String[] texts(String text, List<int[]> bounds) {
        return bounds.stream().map(b -> text.substring(b[0], b[1])).toArray(String[]::new);
    }

    @Test
    void paragraphsAreTrimmedAndSplitOnBlankLinesOrOnEveryLineBreak() {
        String text = "  First line\r\nstill first.  \r\n \t\r\nSecond\n\n\n  Third  ";
        assertArrayEquals(new String[] {"First line\r\nstill first.", "Second", "Third"},
                texts(text, TextWindows.paragraphs(text, true)));
        assertArrayEquals(new String[] {"First line", "still first.", "Second", "Third"},
                texts(text, TextWindows.paragraphs(text, false)));
        assertEquals(List.of(), TextWindows.paragraphs(" \n\n \t", true));
    }

    @Test
    void shortParagraphsShareAWindowAndTheWindowsCoverTheTextInOrder() {
        String para = "word ".repeat(60).strip();   // 299 chars, under the minimum window
        String text = String.join("\n\n", para, para, para, para);
        List<int[]> windows = TextWindows.of(text);
        assertEquals(2, windows.size());
        assertEquals(0, windows.get(0)[0]);
        assertEquals(text.length(), windows.get(1)[1]);
        assertEquals(true, windows.get(0)[1] <= windows.get(1)[0]);
    }
}
