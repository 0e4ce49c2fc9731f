package dev.portrayal.cli;

import dev.portrayal.corpus.CorpusStats;
import dev.portrayal.corpus.LabelledDocument;
import dev.portrayal.corpus.LabelledReader;
import dev.portrayal.corpus.NearDuplicates;
import dev.portrayal.corpus.SeedCorpus;
import dev.portrayal.engine.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts per label, split, genre, era and length band, hard negatives, mixed documents,",
            "documents naming models, and a near-duplicate check (MinHash over word 5-grams).",
            "Exits 1 when a pair of documents is more similar than --max-jaccard."})
final class CorpusStatsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Labelled JSON Lines (default: the shipped seed corpus).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--max-jaccard", defaultValue = "0.5", paramLabel = "J",
            description = "Near-duplicate threshold (default: ${DEFAULT-VALUE}).")
    double maxJaccard;

    @Override
    public Integer call() throws Exception {
        List<LabelledDocument> docs = new ArrayList<>();
        if (files.isEmpty()) {
            docs.addAll(SeedCorpus.load());
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new ConfigurationException(f + ": no such file");
            try {
                docs.addAll(LabelledReader.read(f));
            } catch (LabelledReader.LabelledDataException e) {
                throw new ConfigurationException(e.getMessage());
            }
        }
        List<NearDuplicates.Pair> dups = NearDuplicates.find(docs, maxJaccard);
        System.out.print(CorpusStats.report(docs, dups, maxJaccard));
        return dups.isEmpty() ? 0 : Failures.FAILED;
    }
}
