package org.credence.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One export running in the background: how many statements are written of how many, and Cancel.
 * Listeners are told on every thousandth statement and at the end, on the export's own thread.
 */
public final class ExportJob {

    public enum State {
        RUNNING,
        DONE,
        CANCELLED,
        FAILED
    }

    /** How often listeners hear of progress; every statement would be a million calls. */
    static final int REPORT_EVERY = 1_000;

    private final ExportFormat format;
    private final long total;
    private final AtomicLong written = new AtomicLong();
    private final List<Consumer<ExportJob>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelRequested;
    private volatile State state = State.RUNNING;
    private volatile Path file;
    private volatile String failure;

    ExportJob(ExportFormat format, long total) {
        this.format = format;
        this.total = total;
    }

    public ExportFormat format() {
        return format;
    }

    /** Statements matching the filters when the export started. */
    public long total() {
        return total;
    }

    public long written() {
        return written.get();
    }

    public State state() {
        return state;
    }

    /** The written file once DONE. */
    public Path file() {
        return file;
    }

    /** Stops the export at its next statement or write; the partial file is deleted. */
    public void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    public void addListener(Consumer<ExportJob> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ExportJob> listener) {
        listeners.remove(listener);
    }

    /** Waits for the end and for the listeners to have been told of it; for tests and the command line. */
    public boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** 0 to 1 through the statements; a dataset's later files (documents, splits) come after 1. */
    public double fraction() {
        return total == 0 ? 1 : Math.min(1, written.get() / (double) total);
    }

    /** One line for people, e.g. "Exporting 12,000 of 1,000,000 statements…". */
    public String describe() {
        return switch (state) {
            case RUNNING ->
                written.get() < total || total == 0
                        ? String.format(java.util.Locale.ROOT, "Exporting %,d of %,d statements…", written.get(), total)
                        : "Writing the remaining files…";
            case DONE -> "Wrote " + file + ".";
            case CANCELLED -> "Cancelled; nothing was written.";
            case FAILED -> "The export failed: " + failure;
        };
    }

    void advanced(long count) {
        written.addAndGet(count);
        tell();
    }

    void succeeded(Path writtenFile) {
        file = writtenFile;
        end(State.DONE);
    }

    void cancelled() {
        end(State.CANCELLED);
    }

    void failed(String reason) {
        failure = reason;
        end(State.FAILED);
    }

    private void end(State finalState) {
        state = finalState;
        try {
            tell();
        } finally {
            // After the listeners, so whoever awaits the end also sees what they did with it (the view's result line).
            finished.countDown();
        }
    }

    private void tell() {
        for (Consumer<ExportJob> listener : listeners) {
            listener.accept(this);
        }
    }
}
