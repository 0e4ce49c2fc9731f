package dev.portrayal.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into paragraph windows: paragraphs are separated by blank lines (or by single line
 * breaks when a long text has no blank lines); short neighbours are merged and very long
 * paragraphs are cut at whitespace, so each window holds a few hundred to a couple of thousand chars.
 */
public final class TextWindows {
    static final int MIN_WINDOW = 400;
    static final int MAX_WINDOW = 2500;

    private TextWindows() {
    }

    /** Window bounds as {start, end} char offsets, covering the text's non-blank content in order. */
    public static List<int[]> of(String text) {
        return of(text.toCharArray());
    }

    public static List<int[]> of(char[] text) {
        List<int[]> paragraphs = paragraphs(text, hasBlankLine(text) || text.length < MAX_WINDOW);
        List<int[]> windows = new ArrayList<>();
        int[] open = null;
        for (int[] p : paragraphs) {
            for (int[] piece : cutLong(text, p)) {
                if (open != null && open[1] - open[0] < MIN_WINDOW && piece[1] - open[0] <= MAX_WINDOW) {
                    open[1] = piece[1];
                } else {
                    if (open != null) windows.add(open);
                    open = piece.clone();
                }
            }
        }
        if (open != null) windows.add(open);
        return windows;
    }

    /** Paragraph bounds; {@code blankLines} true splits on blank lines, false on any line break. */
    public static List<int[]> paragraphs(String text, boolean blankLines) {
        return paragraphs(text.toCharArray(), blankLines);
    }

    public static List<int[]> paragraphs(char[] text, boolean blankLines) {
        List<int[]> out = new ArrayList<>();
        int n = text.length;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text[i])) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && (text[i] != '\n' || blankLines && !isBlankLineAfter(text, i))) i++;
            int end = i;
            while (isSpace(text[end - 1])) end--;   // stops at start, which is not a space
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
                : c >= 0x80 && Character.isWhitespace(c);
    }

    private static boolean isBlankLineAfter(char[] text, int newline) {
        for (int j = newline + 1; j < text.length; j++) {
            char c = text[j];
            if (c == '\n') return true;
            if (!isSpace(c)) return false;
        }
        return true;
    }

    private static boolean hasBlankLine(char[] text) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n' && isBlankLineAfter(text, i)) return true;
        }
        return false;
    }

    private static List<int[]> cutLong(char[] text, int[] p) {
        if (p[1] - p[0] <= MAX_WINDOW) return List.of(p);
        List<int[]> pieces = new ArrayList<>();
        int s = p[0];
        while (p[1] - s > MAX_WINDOW) {
            int cut = s + MAX_WINDOW * 4 / 5;
            int space = cut;
            while (space > s + MIN_WINDOW && !isSpace(text[space])) space--;
            if (space <= s + MIN_WINDOW) space = cut;
            pieces.add(new int[] {s, space});
            s = space;
            while (s < p[1] && isSpace(text[s])) s++;
        }
        if (s < p[1]) pieces.add(new int[] {s, p[1]});
        return pieces;
    }
}
