package dev.portrayal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portrayal.engine.AtomicFiles;
import dev.portrayal.eval.Contamination;
import dev.portrayal.eval.ContaminationScan;
import dev.portrayal.io.InputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "contamination", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Check a corpus for evaluation items: finds documents that share word n-grams (lower-cased, "
                + "punctuation ignored) with the situations or options of the eval items. Run it on training "
                + "data and on synth output before training on them.",
            "Exits 0 when nothing overlaps, 1 when some document does (so it can gate a pipeline).",
            ""})
final class EvalContaminationCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    InputOptions input;

    @Mixin
    EvalItemOptions itemOptions;

    @Option(names = "--ngram", defaultValue = "8", paramLabel = "N",
            description = "Words per n-gram (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--min-shared", defaultValue = "1", paramLabel = "K",
            description = "Distinct n-grams a document must share with an item to count (default: ${DEFAULT-VALUE}).")
    int minShared;

    @Option(names = "--workers", paramLabel = "N", description = "Files read in parallel (default: the number of cores).")
    Integer workers;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the full report as JSON here.")
    Path output;

    @Override
    public Integer call() throws Exception {
        EvalItemOptions.Selection selection = itemOptions.load();
        List<InputFile> files = input.resolve();
        Contamination check = new Contamination(selection.items(), n, minShared);
        long unreadable = ContaminationScan.run(check, files, input.readerOptions(),
                workers == null ? Runtime.getRuntime().availableProcessors() : workers);
        ObjectNode report = ContaminationScan.report(check, unreadable, selection.source(), selection.split());
        System.out.print(ContaminationScan.summary(report));
        if (output != null) {
            AtomicFiles.writeBytes(output.toAbsolutePath(), JSON.writeValueAsBytes(report));
            System.out.println("report: " + output);
        }
        return check.documentsFlagged() == 0 ? 0 : Failures.FAILED;
    }
}
