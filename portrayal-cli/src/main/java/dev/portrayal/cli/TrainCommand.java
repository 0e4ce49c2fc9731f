package dev.portrayal.cli;

import dev.portrayal.corpus.LabelledDocument;
import dev.portrayal.detect.ClassifierTagger;
import dev.portrayal.detect.Evaluation;
import dev.portrayal.detect.Lexicon;
import dev.portrayal.detect.LinearModel;
import dev.portrayal.detect.SelfNames;
import dev.portrayal.detect.Trainer;
import dev.portrayal.engine.AtomicFiles;
import dev.portrayal.engine.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Train a detector model from labelled JSON Lines: seed-corpus records, or minimal {\"text\",\"label\"}",
            "records (your own labels, reviewed labels). Mixed documents with paragraph_labels also train on",
            "their paragraphs. The dev set calibrates the probabilities (temperature scaling).",
            "Without --train/--dev, the shipped seed corpus's train and dev splits are used; the same data and",
            "options always give the same model bytes."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--train", arity = "1..*", paramLabel = "FILE", description = "Training files (default: seed train split).")
    List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", description = "Development file for calibration (default: seed dev split).")
    Path dev;

    @Option(names = "--output", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path output;

    @Option(names = "--epochs", defaultValue = "20", paramLabel = "N", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", defaultValue = "1.0", paramLabel = "RATE", description = "Initial learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--buckets", defaultValue = "65536", paramLabel = "N", description = "Hash buckets (default: ${DEFAULT-VALUE}).")
    int buckets;

    @Option(names = "--seed", defaultValue = "20261122", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || learningRate <= 0 || buckets < 1024) {
            throw new ConfigurationException("--epochs must be >= 1, --lr > 0 and --buckets >= 1024");
        }
        List<LabelledDocument> trainDocs = LabelledInputs.load(train, "train", "--train");
        List<LabelledDocument> devDocs = LabelledInputs.load(dev == null ? null : List.of(dev), "dev", "--dev");
        Trainer trainer = new Trainer(new Trainer.Options(buckets, epochs, learningRate, seed), Lexicon.shipped());
        LinearModel model = trainer.train(trainDocs, devDocs);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        AtomicFiles.writeBytes(output.toAbsolutePath(), bytes.toByteArray());
        Evaluation dev = ScoreCommand.evaluate(new ClassifierTagger(model, Lexicon.shipped(), SelfNames.none()), devDocs);
        System.out.printf("trained on %d documents; temperature %.3f; dev accuracy %.3f, macro-F1 %.3f%n",
                trainDocs.size(), model.temperature(), dev.accuracy(), dev.macroF1());
        System.out.println("model: " + output + " (" + bytes.size() + " bytes)");
        return 0;
    }
}
