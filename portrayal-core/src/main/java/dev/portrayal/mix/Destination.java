package dev.portrayal.mix;

/** Where a treated document goes. */
public enum Destination {
    /** To {@code documents/}, the training shards, in {@link Treatment#copies()} copies. */
    TRAINING,
    /** To {@code held_out/}: set aside, kept for later experiments, not trained on. */
    HELD_OUT,
    /** Nowhere. */
    DROPPED
}
