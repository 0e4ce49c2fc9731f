package dev.portrayal.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Asks every item in every format and both option orders, at most {@code concurrency} requests at a
 * time, through the answer cache. The answers come back in item, format, order order whatever the
 * timing. The first request that fails for good stops the run; what was answered stays in the cache.
 */
public final class EvalRun {
    private final EvalSettings settings;
    private final CachedCalls calls;
    private final Scorer scorer;
    private final LongAdder done = new LongAdder();
    private volatile int total;

    public EvalRun(Endpoint endpoint, AnswerCache cache, EvalSettings settings) {
        this.settings = settings;
        this.calls = new CachedCalls(endpoint, cache);
        this.scorer = settings.mode() == Mode.COMPLETION
                ? new CompletionScorer(calls, settings.model(), settings.lengthNormalize())
                : new ChatScorer(calls, settings.model(), settings.chatMaxTokens());
    }

    /** Every question of the items: item by item, format by format, both orders. */
    public List<Question> questions(List<Item> items) {
        List<Question> out = new ArrayList<>();
        for (Item item : items) {
            for (PromptFormat f : settings.formats()) {
                for (Order o : Order.values()) out.add(f.render(item, o, settings.identity()));
            }
        }
        return out;
    }

    public List<Answer> run(List<Item> items) throws IOException, InterruptedException {
        List<Question> questions = questions(items);
        total = questions.size();
        Answer[] answers = new Answer[questions.size()];
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "eval-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < questions.size(); i++) {
                int index = i;
                pool.execute(() -> {
                    if (failure.get() != null) return;
                    try {
                        answers[index] = scorer.answer(questions.get(index));
                        done.increment();
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (failure.get() != null) pool.shutdownNow();
            }
        } finally {
            pool.shutdownNow();
        }
        Exception e = failure.get();
        if (e instanceof IOException io) throw io;
        if (e instanceof InterruptedException ie) throw ie;
        if (e instanceof RuntimeException re) throw re;
        if (e != null) throw new IOException(e);
        return Arrays.asList(answers);
    }

    /** Questions in this run. */
    public int total() {
        return total;
    }

    /** Questions answered so far. */
    public long done() {
        return done.sum();
    }

    /** Requests answered by the endpoint so far (not from the cache). */
    public long asked() {
        return calls.asked();
    }

    /** Requests answered from the cache so far. */
    public long cached() {
        return calls.cached();
    }
}
