package dev.portrayal.eval;

/** How the model is asked: by the log-probability of each option, or for an answer in a chat. */
public enum Mode {
    COMPLETION("completion"),
    CHAT("chat");

    private final String key;

    Mode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Mode fromKey(String key) {
        for (Mode m : values()) if (m.key.equals(key)) return m;
        throw new IllegalArgumentException("--mode " + key + ": expected completion or chat");
    }
}
