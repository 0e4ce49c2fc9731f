package dev.portrayal.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Puts numbers into JSON, writing null where there is no number (NaN is not JSON). */
final class JsonNumbers {
    private JsonNumbers() {
    }

    static void put(ObjectNode o, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            o.putNull(field);
        } else {
            o.put(field, Math.round(value * 1e6) / 1e6);
        }
    }
}
