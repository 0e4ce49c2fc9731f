package dev.portrayal.detect;

/** Converts char offsets of a string to the code-point offsets of the output contract. */
public final class CodePoints {
    private final int length;
    private final int[] index;   // char offset -> code-point offset; null when every char is one code point

    public CodePoints(String text) {
        int cps = text.codePointCount(0, text.length());
        this.length = cps;
        if (cps == text.length()) {
            index = null;
        } else {
            index = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                index[i] = cp;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    cp++;
                } else {
                    index[i] = cp - 1;
                }
            }
            index[text.length()] = cp;
        }
    }

    public int length() {
        return length;
    }

    public int of(int charOffset) {
        return index == null ? charOffset : index[charOffset];
    }
}
