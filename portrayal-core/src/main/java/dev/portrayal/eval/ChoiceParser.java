package dev.portrayal.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads which option a chat answer chose: "B", "(B)", "[2]", "Answer: B", "I would choose option B",
 * or the option's own text. An answer that names two different options, or none, is unparseable.
 */
public final class ChoiceParser {
    /** The result of parsing: no option could be read from the answer. */
    public static final int UNPARSEABLE = -1;

    private static final Pattern THINKING = Pattern.compile("(?s)<think(?:ing)?>.*?</think(?:ing)?>");
    private static final Pattern MARKUP = Pattern.compile("[*_`#>]+");
    private static final String DECIDE = "(?i:answer|choice|choose|chose|chosen|pick|picked|select|selected|"
            + "go with|going with|went with|opt for|decision|prefer)";

    private final List<String> labels;
    private final Pattern whole;
    private final Pattern leading;
    private final Pattern decided;
    private final Pattern option;
    private final Pattern wrapped;

    public ChoiceParser(List<String> labels) {
        this.labels = List.copyOf(labels);
        String l = labels.stream().map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
        this.whole = Pattern.compile("^(?:option\\s*)?[(\\[]?\\s*" + l + "\\s*[)\\]]?\\s*[.!:]?$",
                Pattern.CASE_INSENSITIVE);
        this.leading = Pattern.compile("^(?:\\(" + l + "\\)|\\[" + l + "\\]|" + l + "(?=[.:,)\\]]|\\s*$|\\s*\\n))");
        this.decided = Pattern.compile("\\b" + DECIDE + "\\b[^A-Za-z0-9\\n]{0,4}(?:(?i:is|would be|will be|of)\\s*)?"
                + "(?:(?i:option|number)\\s*)?[(\\[]?" + l + "(?![A-Za-z0-9])");
        this.option = Pattern.compile("\\b(?i:option|number)\\s*[(\\[]?" + l + "(?![A-Za-z0-9])");
        this.wrapped = Pattern.compile("[(\\[]" + l + "[)\\]]");
    }

    /** The index of the chosen option among the shown ones, or {@link #UNPARSEABLE}. */
    public int parse(String reply, List<String> options) {
        if (reply == null) return UNPARSEABLE;
        String text = MARKUP.matcher(THINKING.matcher(reply).replaceAll(" ")).replaceAll("").strip();
        if (text.isEmpty()) return UNPARSEABLE;
        Matcher m = whole.matcher(text);
        if (m.matches()) return indexOfIgnoringCase(firstGroup(m));
        m = leading.matcher(text);
        if (m.find()) return labels.indexOf(firstGroup(m));
        for (Pattern p : List.of(decided, option, wrapped)) {
            int found = single(p, text);
            if (found != UNPARSEABLE) return found;
        }
        return byOptionText(text, options);
    }

    private int single(Pattern p, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) found.add(firstGroup(m));
        return found.size() == 1 ? labels.indexOf(found.iterator().next()) : UNPARSEABLE;
    }

    private int byOptionText(String text, List<String> options) {
        String answer = normalize(text);
        if (answer.isEmpty()) return UNPARSEABLE;
        int found = UNPARSEABLE;
        for (int i = 0; i < options.size(); i++) {
            String o = normalize(options.get(i));
            boolean names = answer.contains(o) || (answer.length() >= 30 && o.startsWith(answer));
            if (names) {
                if (found != UNPARSEABLE) return UNPARSEABLE;
                found = i;
            }
        }
        return found;
    }

    private int indexOfIgnoringCase(String label) {
        for (int i = 0; i < labels.size(); i++) if (labels.get(i).equalsIgnoreCase(label)) return i;
        return UNPARSEABLE;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
        return "";
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
