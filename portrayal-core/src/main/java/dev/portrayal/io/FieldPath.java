package dev.portrayal.io;

import java.util.Arrays;
import java.util.List;

/** A dotted path into nested objects, such as {@code meta.body.text}. */
public record FieldPath(List<String> segments) {
    public FieldPath {
        if (segments.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a field path needs non-empty names separated by dots, got '"
                    + String.join(".", segments) + "'");
        }
        segments = List.copyOf(segments);
    }

    public static FieldPath parse(String dotted) {
        if (dotted == null || dotted.isBlank()) {
            throw new IllegalArgumentException("a field path must not be empty");
        }
        return new FieldPath(Arrays.asList(dotted.split("\\.", -1)));
    }

    public int depth() {
        return segments.size();
    }

    public String segment(int i) {
        return segments.get(i);
    }

    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
