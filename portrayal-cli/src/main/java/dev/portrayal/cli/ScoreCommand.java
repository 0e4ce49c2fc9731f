package dev.portrayal.cli;

import dev.portrayal.corpus.LabelledDocument;
import dev.portrayal.detect.ClassifierTagger;
import dev.portrayal.detect.Evaluation;
import dev.portrayal.detect.Lexicon;
import dev.portrayal.detect.SelfNames;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure a detector on labelled JSON Lines: per-label precision, recall and F1, a confusion",
            "matrix, the share of none documents given another label, hard negatives flagged, and a",
            "precision-recall table for the misaligned threshold (for a policy's min_score)."})
final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = "--test", arity = "1..*", paramLabel = "FILE", description = "Labelled files (default: seed test split).")
    List<Path> test;

    @Override
    public Integer call() throws Exception {
        ClassifierTagger tagger = new ClassifierTagger(Models.load(model), Lexicon.shipped(), SelfNames.none());
        System.out.print(evaluate(tagger, LabelledInputs.load(test, "test", "--test")).report());
        return 0;
    }

    static Evaluation evaluate(ClassifierTagger tagger, List<LabelledDocument> docs) {
        Evaluation e = new Evaluation();
        for (LabelledDocument d : docs) {
            ClassifierTagger.Scored s = tagger.score(d.text());
            e.add(d.label(), s.label(), s.document(), d.hardNegative());
            e.addGate(d.label(), s.gated());
        }
        return e;
    }
}
