package dev.portrayal.cli;

import dev.portrayal.detect.Label;
import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.engine.Progress;
import dev.portrayal.engine.ProgressBar;
import dev.portrayal.engine.StatusLine;
import dev.portrayal.io.InputFile;
import dev.portrayal.mix.LabelTally;
import dev.portrayal.mix.MixJob;
import dev.portrayal.mix.MixOptions;
import dev.portrayal.mix.MixTotals;
import dev.portrayal.mix.Policy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "mix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Apply a YAML policy to tagged documents: keep, drop, hold_out, sample,",
            "upsample, tag (control tokens), contextualize, route (gradient-routing",
            "labels), rename (self-names), self_token.",
            "",
            "Writes DIR/documents/ (treated training shards), DIR/held_out/, DIR/audit/",
            "(one line per input record) and DIR/manifest.json. Same inputs, policy and",
            "seed give the same bytes whatever --workers; rerunning the same command",
            "after an interruption finishes only what is left."})
final class MixCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--attributes", required = true, paramLabel = "DIR", description = "The output directory of 'portrayal tag' over the same --input.")
    Path attributes;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "Policy file (YAML, version 1); see policies/ for examples.")
    Path policy;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every random choice (default: the policy's seed, else 0).")
    Long seed;

    @Option(names = "--self-name", paramLabel = "NAME",
            description = "Name of the model being trained (repeatable), added to the policy's self_names (for rename).")
    List<String> selfNames = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer workers;

    @Mixin
    ShardOptions shards = new ShardOptions();

    @Option(names = "--overwrite", description = "Start over when DIR holds a mix with other inputs, policy or settings.")
    boolean overwrite;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Policy p = Policy.load(policy, selfNames);
        MixJob.Result r = run(p, input.resolve(), attributes, output, quiet);
        report(r, output, System.out);
        return 0;
    }

    /** Checks the options that need no files; throws before any work. */
    void validate() throws ConfigurationException {
        shards.shardFormat();
        shards.shardBytes();
        shards.zstdLevel();
        if (workers != null && workers < 1) throw new ConfigurationException("--workers must be at least 1, got " + workers);
    }

    MixJob.Result run(Policy p, List<InputFile> files, Path attributesDir, Path out, boolean silent) throws Exception {
        validate();
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        long s = seed != null ? seed : p.seed().orElse(0);
        MixOptions options = new MixOptions(files, attributesDir, out, input.readerOptions(), n, s, shards.shardFormat(),
                shards.shardBytes(), shards.zstdLevel(), overwrite);
        Progress progress = new Progress();
        try (StatusLine bar = ProgressBar.startIfTerminal(progress, "mix", silent)) {
            return new MixJob(options, p, progress).run();
        }
    }

    static void report(MixJob.Result r, Path out, PrintStream o) {
        MixTotals t = r.totals();
        LabelTally all = t.all();
        o.printf("records: %d read, %d to documents (with copies), %d held out, %d dropped, %d quarantined at tag time%n",
                t.records(), all.trainingDocuments(), all.heldOutDocuments(), all.droppedDocuments(),
                t.quarantinedAtTag() + t.unreadable());
        o.println("documents: " + out.resolve("documents") + " (" + shards(r.documents().size()) + ")");
        o.println("held_out: " + out.resolve("held_out") + " (" + shards(r.heldOut().size()) + ")");
        o.println("audit: " + out.resolve("audit"));
        o.println("manifest: " + r.manifest());
        o.println("share of the training text (characters), before -> after:");
        for (Label l : Label.values()) {
            LabelTally x = t.label(l);
            o.printf(Locale.ROOT, "  %-11s %7.3f%% -> %7.3f%%   (%d -> %d documents)%n", l.key(),
                    share(x.characters(), all.characters()), share(x.trainingCharacters(), all.trainingCharacters()),
                    x.documents(), x.trainingDocuments());
        }
    }

    private static String shards(int n) {
        return n + (n == 1 ? " shard" : " shards");
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
