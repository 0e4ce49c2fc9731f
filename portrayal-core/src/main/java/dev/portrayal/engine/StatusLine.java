package dev.portrayal.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One line on stderr, redrawn by a daemon thread until closed, then drawn a last time and ended.
 * Shown only when stderr is a terminal (even if stdout is redirected) and not silenced.
 */
public final class StatusLine implements AutoCloseable {
    private final Supplier<String> render;
    private final PrintStream out = System.err;
    private final Thread thread;
    private volatile boolean running = true;

    private StatusLine(Supplier<String> render, long intervalMillis) {
        this.render = render;
        this.thread = new Thread(() -> loop(intervalMillis), "status-line");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A status line drawing {@code render}'s text, or null when quiet or stderr is not a terminal. */
    public static StatusLine startIfTerminal(boolean quiet, long intervalMillis, Supplier<String> render) {
        return quiet || !stderrIsTerminal() ? null : new StatusLine(render, intervalMillis);
    }

    /** True when stderr is a terminal, even if stdout is redirected (Linux: /proc/self/fd/2). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private void loop(long intervalMillis) {
        while (running) {
            draw();
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void draw() {
        out.print("\r" + render.get() + "   ");
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
