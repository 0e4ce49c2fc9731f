package dev.portrayal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed pool of daemon worker threads for the units of a job. The first failure is remembered:
 * units poll {@link #checkNotFailed()} to stop early, and {@link #await} rethrows it.
 */
public final class WorkerPool implements AutoCloseable {
    private final ExecutorService pool;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** A unit's body: may throw {@link IOException}. */
    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }

    public WorkerPool(int workers, String threadName) {
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the body on a worker. */
    public <T> CompletableFuture<T> supply(IoSupplier<T> body) {
        return CompletableFuture.supplyAsync(() -> guarded(body), pool);
    }

    /** Runs the body on a worker once the stage completes. */
    public <T> CompletableFuture<T> after(CompletableFuture<?> stage, IoSupplier<T> body) {
        return stage.thenApplyAsync(v -> guarded(body), pool);
    }

    /** Runs the body, remembering its failure (if it is the first) before passing it on. */
    public <T> T guarded(IoSupplier<T> body) {
        try {
            return body.get();
        } catch (IOException e) {
            failure.compareAndSet(null, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            throw e;
        }
    }

    /** Throws when another unit has failed, so long units stop instead of finishing in vain. */
    public void checkNotFailed() throws IOException {
        if (failure.get() != null) throw new IOException("stopped: another unit failed");
    }

    /** Waits for every future; rethrows the first failure of any unit. */
    public void await(List<? extends CompletableFuture<?>> futures) throws IOException {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    private IOException unwrap(CompletionException e) {
        Throwable first = failure.get() != null ? failure.get() : e.getCause();
        if (first instanceof UncheckedIOException u) return u.getCause();
        if (first instanceof IOException io) return io;
        if (first instanceof RuntimeException r) throw r;
        if (first instanceof Error err) throw err;
        return new IOException(first);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
