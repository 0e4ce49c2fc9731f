package dev.portrayal.detect;

/** The attribute keys of the output contract. */
public final class AttributeNames {
    public static final String PREFIX = "portrayal__";
    public static final String SELF_REFERENCE = PREFIX + "self_reference";

    private AttributeNames() {
    }

    public static String doc(Label label) {
        return PREFIX + "doc__" + label.key();
    }

    public static String label(Label label) {
        return PREFIX + "label__" + label.key();
    }

    public static String span(Label label) {
        return PREFIX + "span__" + label.key();
    }

    public static String behavior(Behavior behavior) {
        return PREFIX + "behavior__" + behavior.key();
    }

    /** The labels that get paragraph-window span scores. */
    public static final Label[] SPAN_LABELS = {Label.MISALIGNED, Label.RISK, Label.ALIGNED};
}
