package org.credence.document;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Whether a batch import is running on this node. Work that can wait — embedding sentences — waits
 * while one runs, so a batch gets both cores: on two cores the model's inference took what parsing
 * needed and halved the import's speed (docs/benchmarks.md, "Claims at scale").
 */
@Component
public class ImportActivity {

    private final AtomicInteger runningBatches = new AtomicInteger();

    /** True while at least one batch (folder, upload of many files, archive, command line) is importing here. */
    public boolean batchRunning() {
        return runningBatches.get() > 0;
    }

    /** Marks a batch as running until the returned handle is closed (once; closing again does nothing). */
    public Running batchStarted() {
        runningBatches.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                runningBatches.decrementAndGet();
            }
        };
    }

    /** A running batch. */
    public interface Running extends AutoCloseable {
        @Override
        void close();
    }
}
