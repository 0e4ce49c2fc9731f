package dev.portrayal.mix;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as the actions of its label's rule have left it so far: its text, the flagged spans
 * (char offsets in the current text), the routes, how many copies go where, the names of the actions
 * applied and why it went where it goes. Immutable: each action returns a new one.
 *
 * @param text     the current text; null when no action of the rule reads it (then it is unchanged)
 * @param regions  the flagged paragraph spans that span-scoped actions act on, in text order
 * @param finished true once an action has decided the document's fate for good (drop, hold_out,
 *                 sampled out); later actions are not applied
 * @param reason   why the document goes where it goes, for the audit; null when kept as it came
 */
public record Treatment(String text, List<Interval> regions, List<Route> routes, int copies, Destination destination,
                        List<String> applied, boolean finished, String reason) {
    public Treatment {
        regions = List.copyOf(regions);
        routes = List.copyOf(routes);
        applied = List.copyOf(applied);
        if (copies < 0) throw new IllegalArgumentException("negative copies");
    }

    /** A document before any action: one copy to training. */
    public static Treatment start(String text, List<Interval> regions) {
        return new Treatment(text, regions, List.of(), 1, Destination.TRAINING, List.of(), false, null);
    }

    /** The stretches an action of this scope acts on: the whole current text, or each flagged span. */
    public List<Interval> targets(Scope scope) {
        return scope == Scope.DOCUMENT ? List.of(new Interval(0, text.length())) : regions;
    }

    public Treatment withApplied(String action) {
        List<String> a = new ArrayList<>(applied);
        a.add(action);
        return new Treatment(text, regions, routes, copies, destination, a, finished, reason);
    }

    public Treatment withCopies(int n, String why) {
        return new Treatment(text, regions, routes, n, n == 0 ? Destination.DROPPED : destination, applied, n == 0, why);
    }

    public Treatment withFate(Destination d, String why) {
        return new Treatment(text, regions, routes, d == Destination.TRAINING ? copies : 0, d, applied, true, why);
    }

    public Treatment withRoute(Route route) {
        List<Route> r = new ArrayList<>(routes);
        r.add(route);
        return new Treatment(text, regions, r, copies, destination, applied, finished, reason);
    }

    Treatment withText(String newText, List<Interval> newRegions, List<Route> newRoutes) {
        return new Treatment(newText, newRegions, newRoutes, copies, destination, applied, finished, reason);
    }
}
