package dev.portrayal.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into non-blank lines without copying them. A line longer than the limit is
 * skipped to its end and reported as oversize, keeping only its first bytes for the quarantine.
 *
 * <p>When reading a byte range of a file, {@code limit} is the number of bytes after the stream's
 * start within which a line must begin to belong to this range; lines that begin later are left to
 * the next range.
 */
public final class LineReader {
    private static final int PREFIX_KEEP = QuarantineEntry.RAW_LIMIT;

    private final InputStream in;
    private final int maxLineBytes;
    private final long limit;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long consumed;      // stream bytes before buf[0]
    private boolean eof;

    private byte[] view;
    private int lineOffset;
    private int lineLength;
    private long lineBytes;
    private boolean oversize;

    public LineReader(InputStream in, int maxLineBytes, long limit) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.limit = limit;
    }

    public LineReader(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, Long.MAX_VALUE);
    }

    /**
     * Advances to the next non-blank line. Returns false at the end of the stream or range. An
     * {@link IOException} from the stream propagates; {@link #pendingBytes()} then tells what was
     * read of the unfinished line.
     */
    public boolean next() throws IOException {
        while (true) {
            long start = consumed + pos;
            if (start >= limit) return false;
            int nl = findNewline();
            while (nl < 0) {
                if (eof) {
                    if (pos == end) return false;
                    nl = end;               // last line without a newline
                    break;
                }
                if (end - pos > maxLineBytes) {
                    skipOversize(start);
                    return true;
                }
                fill();
                nl = findNewline();
            }
            int lineEnd = nl;
            if (lineEnd - pos > maxLineBytes) {
                view = buf;
                lineOffset = pos;
                lineLength = Math.min(PREFIX_KEEP, lineEnd - pos);
                lineBytes = lineEnd - pos;
                oversize = true;
                pos = Math.min(end, nl + 1);
                return true;
            }
            int e = lineEnd;
            if (e > pos && buf[e - 1] == '\r') e--;
            int s = pos;
            pos = Math.min(end, nl + 1);
            if (isBlank(s, e)) continue;
            view = buf;
            lineOffset = s;
            lineLength = e - s;
            lineBytes = lineLength;
            oversize = false;
            return true;
        }
    }

    private void skipOversize(long start) throws IOException {
        int keep = Math.min(PREFIX_KEEP, end - pos);
        byte[] prefix = new byte[keep];
        System.arraycopy(buf, pos, prefix, 0, keep);
        long total = 0;
        int nl;
        while (true) {
            nl = findNewline();
            if (nl >= 0 || eof) break;
            total += end - pos;
            pos = end;
            fill();
        }
        int stop = nl >= 0 ? nl : end;
        total += stop - pos;
        pos = Math.min(end, stop + 1);
        view = prefix;
        lineOffset = 0;
        lineLength = keep;
        lineBytes = total;
        oversize = true;
    }

    private static final long NEWLINES = Swar.broadcast('\n');

    private int findNewline() {
        byte[] b = buf;
        int i = pos;
        for (; i + 8 <= end; i += 8) {
            long hit = Swar.matches(Swar.load(b, i), NEWLINES);
            if (hit != 0) return i + Swar.firstFlagged(hit);
        }
        for (; i < end; i++) {
            if (b[i] == '\n') return i;
        }
        return -1;
    }

    private void fill() throws IOException {
        compact();
        if (end == buf.length) {
            ensureCapacity(Math.min((long) buf.length * 2, (long) maxLineBytes + PREFIX_KEEP + (1 << 16)));
            if (end == buf.length) ensureCapacity(buf.length + (1 << 16));
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private void compact() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            consumed += pos;
            end -= pos;
            pos = 0;
        }
    }

    private void ensureCapacity(long capacity) {
        if (capacity > buf.length) {
            int size = (int) Math.min(Integer.MAX_VALUE - 16, capacity);
            byte[] bigger = new byte[size];
            System.arraycopy(buf, 0, bigger, 0, end);
            buf = bigger;
        }
    }

    private boolean isBlank(int s, int e) {
        for (int i = s; i < e; i++) {
            byte c = buf[i];
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }

    public byte[] buffer() {
        return view;
    }

    public int offset() {
        return lineOffset;
    }

    /** Bytes of the line available in {@link #buffer()}: all of it, or a prefix when oversize. */
    public int length() {
        return lineLength;
    }

    /** The line's full length in bytes. */
    public long lineBytes() {
        return lineBytes;
    }

    public boolean oversize() {
        return oversize;
    }

    /** The start of whatever was read after the last complete line, for a quarantine record. */
    public String pendingBytes() {
        int n = Math.max(0, end - pos);
        return QuarantineEntry.rawPrefix(buf, pos, n);
    }
}
