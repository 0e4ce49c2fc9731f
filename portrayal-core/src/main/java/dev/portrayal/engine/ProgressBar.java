package dev.portrayal.engine;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Draws a one-line progress bar with records/s, MB/s and ETA on a terminal, refreshed by a daemon
 * thread until closed.
 */
public final class ProgressBar implements AutoCloseable {
    private final Progress progress;
    private final PrintStream out;
    private final String label;
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    private ProgressBar(Progress progress, PrintStream out, String label) {
        this.progress = progress;
        this.out = out;
        this.label = label;
        this.thread = new Thread(this::loop, "progress");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A bar on stderr when it is a terminal and not silenced, else null. */
    public static ProgressBar startIfTerminal(Progress progress, String label, boolean quiet) {
        if (quiet || !stderrIsTerminal()) return null;
        return new ProgressBar(progress, System.err, label);
    }

    /** True when stderr is a terminal, even if stdout is redirected (Linux: /proc/self/fd/2). */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private void loop() {
        while (running) {
            draw(false);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void draw(boolean last) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        long bytes = progress.bytes();
        long total = Math.max(1, progress.totalBytes());
        long records = progress.records();
        double fraction = Math.min(1.0, bytes / (double) total);
        int width = 24;
        int filled = (int) Math.round(fraction * width);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        double rate = bytes / seconds;
        String eta = fraction <= 0 ? "?" : formatSeconds((total - bytes) / Math.max(1, rate));
        out.print(String.format(Locale.ROOT, "\r%s [%s] %5.1f%%  %,d records  %,.0f rec/s  %.1f MB/s  ETA %s   ",
                label, bar, fraction * 100, records, records / seconds, rate / 1e6, last ? "0s" : eta));
        if (last) out.println();
        out.flush();
    }

    private static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t % 3600 / 60)
                : t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
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
        draw(true);
    }
}
