package dev.portrayal.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Run tag or mix as an Apache Spark job: spark tag|mix [--master local[2]] ...same options...")
final class SparkCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "tag|mix followed by that command's options.")
    List<String> args;

    @Override
    public Integer call() {
        return NotYetAvailable.say("spark", "a later issue");
    }
}
