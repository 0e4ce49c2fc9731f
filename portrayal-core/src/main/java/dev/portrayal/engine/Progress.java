package dev.portrayal.engine;

import java.util.concurrent.atomic.LongAdder;

/** Counters that workers bump and a progress display reads. */
public final class Progress {
    private final LongAdder bytes = new LongAdder();
    private final LongAdder records = new LongAdder();
    private volatile long totalBytes;

    public void addBytes(long n) {
        bytes.add(n);
    }

    public void addRecords(long n) {
        records.add(n);
    }

    public void setTotalBytes(long total) {
        totalBytes = total;
    }

    public long bytes() {
        return bytes.sum();
    }

    public long records() {
        return records.sum();
    }

    public long totalBytes() {
        return totalBytes;
    }
}
