package dev.portrayal.mix;

import java.util.List;

/** A gradient-routing label: the route's name and the stretches of text (char offsets) it covers. */
public record Route(String name, List<Interval> spans) {
    public Route {
        spans = List.copyOf(spans);
    }
}
