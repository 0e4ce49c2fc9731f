package dev.portrayal.cli;

import dev.portrayal.detect.Label;
import dev.portrayal.engine.TagJob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Tag the sample corpus that ships inside the tool and print what it found.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/portrayal/demo/sample.jsonl";

    @Option(names = "--output", defaultValue = "portrayal-demo", paramLabel = "DIR",
            description = "Output directory (default: ./${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Path input = output.resolve("input").resolve("sample.jsonl");
        copySample(input);
        TagCommand tag = new TagCommand();
        tag.input = new InputOptions();
        tag.input.inputs = List.of(input.toString());
        tag.input.textField = "text";
        tag.input.idField = "id";
        tag.input.maxRecordBytes = dev.portrayal.io.ReaderOptions.DEFAULT_MAX_RECORD_BYTES;
        tag.taggerName = "cascade";
        tag.splitMb = 64;
        tag.overwrite = true;
        Path tagged = output.resolve("tag");
        TagJob.Result r = tag.run(tagged, quiet);
        System.out.println("Portrayal demo: " + r.totals().records() + " sample documents tagged in "
                + String.format("%.2f", r.seconds()) + " s");
        System.out.println();
        System.out.printf("  %-12s %9s%n", "label", "documents");
        for (Label l : Label.values()) {
            System.out.printf("  %-12s %9d%n", l.key(), r.totals().labels().getOrDefault(l.key(), 0L));
        }
        System.out.printf("  %-12s %9d%n", "quarantined", r.totals().quarantined());
        System.out.println();
        System.out.println("input:       " + input);
        System.out.println("attributes:  " + tagged.resolve("attributes"));
        System.out.println("stats:       " + r.statsFile());
        System.out.println("(mix and the HTML report join the demo when they land)");
        return 0;
    }

    private static void copySample(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) throw new IOException("the sample corpus " + SAMPLE + " is missing from the build");
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
