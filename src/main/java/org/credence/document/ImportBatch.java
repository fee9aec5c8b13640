package org.credence.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A running or finished batch import, safe to read from any thread: its progress, every file's
 * outcome, and a way to cancel it. Files already being parsed when it is cancelled still finish;
 * no new ones start.
 */
public final class ImportBatch {

    private final String id = UUID.randomUUID().toString();
    private final String startedBy;
    private final Instant startedAt;
    /** Outcomes by the order their files were read in (which is not the order they finish in). */
    private final java.util.TreeMap<Integer, ImportOutcome> outcomes = new java.util.TreeMap<>();

    private int sequence;
    private final List<Consumer<ImportProgress>> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<ImportProgress> completion = new CompletableFuture<>();
    private int total;
    private int created;
    private int duplicates;
    private int failed;
    private int probableDuplicates;
    private boolean finished;
    private volatile boolean cancelled;

    ImportBatch(String startedBy, Instant startedAt, int initialTotal) {
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.total = initialTotal;
    }

    public String id() {
        return id;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public synchronized ImportProgress progress() {
        return new ImportProgress(
                total, outcomes.size(), created, duplicates, failed, probableDuplicates, finished, cancelled);
    }

    /** Every outcome so far, in the order the files were given (folders sorted, archives in entry order). */
    public synchronized List<ImportOutcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    /** The outcomes a person has to look at: failures and probable duplicates. */
    public synchronized List<ImportOutcome> problems() {
        return outcomes.values().stream()
                .filter(o -> o.isFailure() || o.isProbableDuplicate())
                .toList();
    }

    synchronized int nextSequence() {
        return sequence++;
    }

    /** Called with the new progress after every file, from the thread that imported it. */
    public void addListener(Consumer<ImportProgress> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ImportProgress> listener) {
        listeners.remove(listener);
    }

    public CompletableFuture<ImportProgress> completion() {
        return completion;
    }

    public void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }

    synchronized void expectMore(int files) {
        total += files;
    }

    void record(int sequence, ImportOutcome outcome) {
        ImportProgress progress;
        synchronized (this) {
            outcomes.put(sequence, outcome);
            switch (outcome.status()) {
                case CREATED -> created++;
                case DUPLICATE -> duplicates++;
                case FAILED -> failed++;
            }
            if (outcome.isProbableDuplicate()) {
                probableDuplicates++;
            }
            progress = progress();
        }
        notifyListeners(progress);
    }

    void finish() {
        ImportProgress progress;
        synchronized (this) {
            // A cancelled batch keeps its planned total ("cancelled after 120 of 10,000"); a finished one
            // has an outcome for every file it counted.
            if (!cancelled) {
                total = outcomes.size();
            }
            finished = true;
            progress = progress();
        }
        notifyListeners(progress);
        completion.complete(progress);
    }

    private void notifyListeners(ImportProgress progress) {
        for (Consumer<ImportProgress> listener : listeners) {
            listener.accept(progress);
        }
    }
}
