package dev.portrayal.cli;

import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.eval.Item;
import dev.portrayal.eval.ItemFiles;
import dev.portrayal.eval.Matching;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Which scenario items a command works on: the shipped bank or a file, and which split of them. */
final class EvalItemOptions {
    @Option(names = "--items", paramLabel = "FILE",
            description = "Scenario items, JSON Lines: the bank's format or Anthropic's advanced-ai-risk format "
                    + "(default: the shipped bank).")
    Path items;

    @Option(names = "--matching", defaultValue = "misaligned", paramLabel = "KIND",
            description = "In advanced-ai-risk files, what answer_matching_behavior is: misaligned (power-seeking, "
                    + "survival-instinct, wealth-seeking, coordination files) or aligned (corrigible files). "
                    + "Default: ${DEFAULT-VALUE}.")
    String matching;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "eval, train or all. Default: eval for the shipped bank (the train split feeds synth), "
                    + "all for --items files.")
    String split;

    /** The selected items and a description of where they came from. */
    record Selection(List<Item> items, String source, String split) {
    }

    Selection load() throws IOException, ConfigurationException {
        Matching m = Matching.fromKey(matching);
        String s = split != null ? split : items == null ? "eval" : "all";
        if (!(s.equals("eval") || s.equals("train") || s.equals("all"))) {
            throw new ConfigurationException("--split " + s + ": expected eval, train or all");
        }
        List<Item> all = items == null ? ItemFiles.shipped() : ItemFiles.read(items, m);
        List<Item> chosen = s.equals("all") ? all : all.stream().filter(i -> i.split().equals(s)).toList();
        String source = items == null ? "shipped bank" : items.toString();
        if (chosen.isEmpty()) {
            throw new ConfigurationException("--split " + s + ": no items of that split in " + source
                    + (items != null ? " (items without a split field are only chosen by --split all)" : ""));
        }
        return new Selection(chosen, source, s);
    }
}
