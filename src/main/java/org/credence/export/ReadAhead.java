package org.credence.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads a stream on a thread of its own, a few batches ahead of whoever consumes it, so that reading
 * the database and writing the export use both cores instead of taking turns. The stream is opened,
 * read and closed on the reading thread only; {@link #close()} waits for that thread, so the caller's
 * connection is never used by two threads at once.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private record Batch<T>(List<T> items, Throwable failure, boolean last) {}

    private final BlockingQueue<Batch<T>> queue;
    private final int batchSize;
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    /**
     * @param open opens the stream; called on the reading thread, which also closes it
     * @param batchSize items handed over at a time
     * @param batchesAhead how many batches the reader may be ahead: the memory it may hold
     */
    ReadAhead(Supplier<Stream<T>> open, int batchSize, int batchesAhead) {
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(batchesAhead);
        this.reader = new Thread(() -> read(open), "export-reader-" + THREADS.incrementAndGet());
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Supplier<Stream<T>> open) {
        Batch<T> last;
        try (Stream<T> stream = open.get()) {
            Iterator<T> items = stream.iterator();
            List<T> batch = new ArrayList<>(batchSize);
            while (!closed && items.hasNext()) {
                batch.add(items.next());
                if (batch.size() == batchSize) {
                    if (!handOver(new Batch<>(batch, null, false))) {
                        return;
                    }
                    batch = new ArrayList<>(batchSize);
                }
            }
            last = new Batch<>(batch, null, true);
        } catch (RuntimeException | Error e) {
            last = new Batch<>(List.of(), e, true);
        }
        // Only once the stream is closed: a consumer that has seen the end may use the connection at once
        // (a dataset export opens its next query).
        handOver(last);
    }

    /** Waits for room; false once the consumer has closed and wants nothing more. */
    private boolean handOver(Batch<T> batch) {
        try {
            while (!closed) {
                if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Batch<T> batch = take();
            ended = batch.last();
            if (batch.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (batch.failure() instanceof Error e) {
                throw e;
            }
            current = batch.items().iterator();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Batch<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the export's next records", e);
        }
    }

    /** Stops the reader at its next item and waits until it has closed its stream. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true; // the connection must be free before the caller goes on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
