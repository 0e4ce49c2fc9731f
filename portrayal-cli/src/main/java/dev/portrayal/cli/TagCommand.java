package dev.portrayal.cli;

import dev.portrayal.detect.ClassifierTagger;
import dev.portrayal.detect.Lexicon;
import dev.portrayal.detect.LinearModel;
import dev.portrayal.detect.LexiconTagger;
import dev.portrayal.detect.NoopTagger;
import dev.portrayal.detect.SelfNames;
import dev.portrayal.detect.Tagger;
import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.engine.Progress;
import dev.portrayal.engine.ProgressBar;
import dev.portrayal.engine.StatusLine;
import dev.portrayal.engine.TagJob;
import dev.portrayal.engine.TagOptions;
import dev.portrayal.io.InputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tag", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Label every document and paragraph window and write Dolma-style attribute files.",
            "",
            "Writes DIR/attributes/<input path>.jsonl.zst (one line per readable record, in input order),",
            "DIR/quarantine/<input path>.jsonl (records that could not be read, with the reason) and",
            "DIR/stats/tag.json. Rerunning the same command after an interruption finishes only what is",
            "left; the output is the same bytes whatever --workers is."})
final class TagCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Option(names = "--self-name", paramLabel = "NAME",
            description = "Name of the model being trained (repeatable); its mentions in text about AI are "
                    + "reported as portrayal__self_reference spans.")
    List<String> selfNames = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer workers;

    @Option(names = "--tagger", defaultValue = "cascade", paramLabel = "NAME",
            description = "cascade (default: lexicon stage, then the linear classifier), lexicon (rules on the "
                    + "lexicon alone) or noop (writes no attributes; measures reading and writing alone).")
    String taggerName;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Detector model for the cascade, from 'portrayal train' (default: the shipped model).")
    Path model;

    @Option(names = "--split-mb", defaultValue = "64", paramLabel = "MB",
            description = "Plain .jsonl files larger than this are cut into ranges read in parallel (default: ${DEFAULT-VALUE}).")
    double splitMb;

    @Option(names = "--overwrite", description = "Start over when DIR holds a run with other inputs or settings.")
    boolean overwrite;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        TagJob.Result r = run(output, quiet);
        System.out.printf("records: %d read, %d tagged, %d quarantined%n", r.totals().records(), r.totals().tagged(),
                r.totals().quarantined());
        System.out.println("attributes: " + output.resolve("attributes"));
        if (r.totals().quarantined() > 0) System.out.println("quarantine: " + output.resolve("quarantine"));
        System.out.println("stats: " + r.statsFile());
        return 0;
    }

    TagJob.Result run(Path out, boolean silent) throws Exception {
        Tagger tagger = tagger();
        List<InputFile> files = input.resolve();
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        if (splitMb <= 0) throw new ConfigurationException("--split-mb must be positive, got " + splitMb);
        TagOptions options = new TagOptions(files, out, input.readerOptions(), n, (long) (splitMb * (1 << 20)), overwrite);
        Progress progress = new Progress();
        try (StatusLine bar = ProgressBar.startIfTerminal(progress, "tag", silent)) {
            return new TagJob(options, tagger, progress).run();
        }
    }

    private Tagger tagger() throws ConfigurationException {
        if (model != null && !taggerName.equals("cascade")) {
            throw new ConfigurationException("--model applies to --tagger cascade only");
        }
        return switch (taggerName) {
            case "cascade" -> new ClassifierTagger(loadModel(), Lexicon.shipped(), new SelfNames(selfNames));
            case "lexicon" -> new LexiconTagger(Lexicon.shipped(), new SelfNames(selfNames));
            case "noop" -> new NoopTagger();
            default -> throw new ConfigurationException("--tagger " + taggerName + ": expected cascade, lexicon or noop");
        };
    }

    private LinearModel loadModel() throws ConfigurationException {
        return Models.load(model);
    }
}
