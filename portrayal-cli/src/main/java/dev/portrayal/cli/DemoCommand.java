package dev.portrayal.cli;

import dev.portrayal.detect.Label;
import dev.portrayal.mix.LabelTally;
import dev.portrayal.mix.MixTotals;
import dev.portrayal.mix.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run tag + mix + report on the sample corpus that ships inside the tool,",
            "with the default policy, and print what it found, what the policy did and",
            "where the report is."})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/portrayal/demo/sample.jsonl";
    static final String DEFAULT_POLICY = "/portrayal/policies/default.yaml";

    @Option(names = "--output", defaultValue = "portrayal-demo", paramLabel = "DIR",
            description = "Output directory (default: ./${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Path input = output.resolve("input").resolve("sample.jsonl");
        copy(SAMPLE, input);
        Policy policy = Policy.parse("default.yaml (built in: " + DEFAULT_POLICY + ")", read(DEFAULT_POLICY), List.of());
        RunCommand run = new RunCommand();
        run.input = new InputOptions();
        run.input.inputs = List.of(input.toString());
        run.input.textField = "text";
        run.input.idField = "id";
        run.input.maxRecordBytes = dev.portrayal.io.ReaderOptions.DEFAULT_MAX_RECORD_BYTES;
        run.policy = Path.of(DEFAULT_POLICY);
        run.output = output;
        run.selfNames = new ArrayList<>();
        run.taggerName = "cascade";
        run.splitMb = 64;
        run.shards = new ShardOptions();
        run.overwrite = true;
        run.quiet = quiet;
        RunCommand.Outcome o = run.execute(policy);
        MixTotals t = o.mix().totals();
        LabelTally all = t.all();
        System.out.println("Portrayal demo: " + o.tag().totals().records() + " sample documents tagged in "
                + String.format(Locale.ROOT, "%.2f", o.tag().seconds()) + " s and mixed with the default policy in "
                + String.format(Locale.ROOT, "%.2f", o.mix().seconds()) + " s");
        System.out.println();
        System.out.printf("  %-12s %9s %14s %14s%n", "label", "documents", "in training", "share after");
        for (Label l : Label.values()) {
            LabelTally x = t.label(l);
            System.out.printf(Locale.ROOT, "  %-12s %9d %14d %13.2f%%%n", l.key(), x.documents(), x.trainingDocuments(),
                    all.trainingCharacters() == 0 ? 0 : 100.0 * x.trainingCharacters() / all.trainingCharacters());
        }
        System.out.printf("  %-12s %9d%n", "quarantined", t.quarantinedAtTag() + t.unreadable());
        System.out.println();
        System.out.println("policy:      " + DEFAULT_POLICY + " (in the jar; the same file as policies/default.yaml)");
        System.out.println("input:       " + input);
        System.out.println("attributes:  " + output.resolve("tag").resolve("attributes"));
        System.out.println("documents:   " + output.resolve("mix").resolve("documents"));
        System.out.println("audit:       " + output.resolve("mix").resolve("audit"));
        System.out.println("manifest:    " + o.mix().manifest());
        System.out.println("report:      " + o.report());
        return 0;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is missing from the build");
            return in.readAllBytes();
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("the sample corpus " + resource + " is missing from the build");
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
