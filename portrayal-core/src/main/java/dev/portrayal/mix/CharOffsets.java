package dev.portrayal.mix;

/**
 * Converts the code-point offsets of attribute files into char offsets of a Java string: they differ
 * once the text holds characters outside the Basic Multilingual Plane (emoji, rare CJK), each of
 * which is one code point but two chars.
 */
final class CharOffsets {
    private final int codePoints;
    private final int[] index;     // code-point offset -> char offset; null when they are the same

    CharOffsets(String text) {
        this.codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            index = null;
        } else {
            index = new int[codePoints + 1];
            int c = 0;
            for (int cp = 0; cp < codePoints; cp++) {
                index[cp] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            index[codePoints] = text.length();
        }
    }

    int codePoints() {
        return codePoints;
    }

    int of(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePoints) {
            throw new IllegalArgumentException("offset " + codePointOffset + " outside a text of " + codePoints + " code points");
        }
        return index == null ? codePointOffset : index[codePointOffset];
    }
}
