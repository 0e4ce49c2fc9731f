package dev.portrayal.engine;

import java.util.Locale;

/** The text of a progress bar for a byte-counted job: percent, records, records/s, MB/s and ETA. */
public final class ProgressBar {
    private static final int WIDTH = 24;

    private ProgressBar() {
    }

    /** A status line showing the job's progress, or null when quiet or stderr is not a terminal. */
    public static StatusLine startIfTerminal(Progress progress, String label, boolean quiet) {
        long start = System.nanoTime();
        return StatusLine.startIfTerminal(quiet, 250, () -> render(progress, label, (System.nanoTime() - start) / 1e9));
    }

    static String render(Progress progress, String label, double elapsedSeconds) {
        double seconds = Math.max(1e-3, elapsedSeconds);
        long bytes = progress.bytes();
        long total = Math.max(1, progress.totalBytes());
        long records = progress.records();
        double fraction = Math.min(1.0, bytes / (double) total);
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = bytes / seconds;
        String eta = fraction <= 0 ? "?" : formatSeconds(Math.max(0, total - bytes) / Math.max(1, rate));
        return String.format(Locale.ROOT, "%s [%s%s] %5.1f%%  %,d records  %,.0f rec/s  %.1f MB/s  ETA %s",
                label, "#".repeat(filled), "-".repeat(WIDTH - filled), fraction * 100, records, records / seconds,
                rate / 1e6, eta);
    }

    public static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t % 3600 / 60)
                : t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
    }
}
