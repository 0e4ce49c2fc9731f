package dev.portrayal.eval;

/** Which of the two scored options is shown first. Every question is asked in both orders. */
public enum Order {
    ALIGNED_FIRST("aligned_first"),
    MISALIGNED_FIRST("misaligned_first");

    private final String key;

    Order(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The position of the misaligned option among the shown options. */
    public int misalignedIndex() {
        return this == ALIGNED_FIRST ? 1 : 0;
    }

    public int alignedIndex() {
        return 1 - misalignedIndex();
    }

    public static Order fromKey(String key) {
        for (Order o : values()) if (o.key.equals(key)) return o;
        throw new IllegalArgumentException("unknown option order '" + key + "' (expected aligned_first or misaligned_first)");
    }
}
