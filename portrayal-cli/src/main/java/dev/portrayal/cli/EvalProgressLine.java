package dev.portrayal.cli;

import dev.portrayal.eval.EvalRun;
import java.io.PrintStream;
import java.util.Locale;

/** One refreshed line on a terminal's stderr: questions answered, requests asked and cached, rate, ETA. */
final class EvalProgressLine implements AutoCloseable {
    private final EvalRun run;
    private final PrintStream out = System.err;
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    private EvalProgressLine(EvalRun run) {
        this.run = run;
        this.thread = new Thread(this::loop, "eval-progress");
        thread.setDaemon(true);
        thread.start();
    }

    static EvalProgressLine startIfTerminal(EvalRun run, boolean quiet) {
        return quiet || System.console() == null ? null : new EvalProgressLine(run);
    }

    private void loop() {
        while (running) {
            draw();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void draw() {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        long done = run.done();
        int total = Math.max(1, run.total());
        double rate = done / seconds;
        String eta = rate <= 0 ? "?" : Math.round((total - done) / rate) + "s";
        out.printf(Locale.ROOT, "\reval: %,d/%,d questions (%.0f%%)  %,d asked, %,d cached  %.1f q/s  ETA %s   ",
                done, total, 100.0 * done / total, run.asked(), run.cached(), rate, eta);
        out.flush();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw();
        out.println();
    }
}
