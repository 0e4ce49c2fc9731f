package dev.portrayal.cli;

import dev.portrayal.engine.ProgressBar;
import dev.portrayal.engine.StatusLine;
import dev.portrayal.eval.EvalRun;
import java.util.Locale;

/** The eval status line: questions answered, requests asked and cached, rate, ETA. */
final class EvalProgressLine {
    private EvalProgressLine() {
    }

    static StatusLine startIfTerminal(EvalRun run, boolean quiet) {
        long start = System.nanoTime();
        return StatusLine.startIfTerminal(quiet, 500, () -> render(run, (System.nanoTime() - start) / 1e9));
    }

    private static String render(EvalRun run, double elapsedSeconds) {
        double seconds = Math.max(1e-3, elapsedSeconds);
        long done = run.done();
        int total = Math.max(1, run.total());
        double rate = done / seconds;
        String eta = rate <= 0 ? "?" : ProgressBar.formatSeconds((total - done) / rate);
        return String.format(Locale.ROOT, "eval: %,d/%,d questions (%.0f%%)  %,d asked, %,d cached  %.1f q/s  ETA %s",
                done, total, 100.0 * done / total, run.asked(), run.cached(), rate, eta);
    }
}
