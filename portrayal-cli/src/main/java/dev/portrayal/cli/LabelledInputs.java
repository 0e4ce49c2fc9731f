package dev.portrayal.cli;

import dev.portrayal.corpus.LabelledDocument;
import dev.portrayal.corpus.LabelledReader;
import dev.portrayal.corpus.SeedCorpus;
import dev.portrayal.engine.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads labelled files for train/score, or a split of the shipped seed corpus when none is given. */
final class LabelledInputs {
    private LabelledInputs() {
    }

    static List<LabelledDocument> load(List<Path> files, String seedSplit, String option) throws ConfigurationException, IOException {
        if (files == null || files.isEmpty()) return SeedCorpus.split(SeedCorpus.load(), seedSplit);
        List<LabelledDocument> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new ConfigurationException(option + " " + f + ": no such file");
            try {
                out.addAll(LabelledReader.read(f));
            } catch (LabelledReader.LabelledDataException e) {
                throw new ConfigurationException(option + " " + e.getMessage());
            }
        }
        if (out.isEmpty()) throw new ConfigurationException(option + ": no labelled records in " + files);
        return out;
    }
}
