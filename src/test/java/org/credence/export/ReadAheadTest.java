package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    final List<String> threads = new CopyOnWriteArrayList<>();
    final AtomicBoolean closedSource = new AtomicBoolean();

    private Stream<Integer> source(int count) {
        threads.add(Thread.currentThread().getName());
        return IntStream.range(0, count).boxed().onClose(() -> {
            threads.add(Thread.currentThread().getName());
            closedSource.set(true);
        });
    }

    @Test
    void gives_every_item_in_order_across_batches_and_reads_on_a_thread_of_its_own() {
        List<Integer> consumed = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(() -> source(1_234), 100, 3)) {
            ahead.forEachRemaining(consumed::add);
        }

        assertThat(consumed)
                .containsExactlyElementsOf(IntStream.range(0, 1_234).boxed().toList());
        assertThat(threads)
                .as("opened and closed by the reader")
                .hasSize(2)
                .allSatisfy(name -> assertThat(name).startsWith("export-reader-"));
        assertThat(closedSource).isTrue();
    }

    @Test
    void the_consumer_sees_the_end_only_once_the_source_is_closed() {
        Supplier<Stream<Integer>> slowToClose =
                () -> IntStream.range(0, 25).boxed().onClose(() -> {
                    try {
                        Thread.sleep(200); // closing a result set takes a round trip
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    closedSource.set(true);
                });
        try (ReadAhead<Integer> ahead = new ReadAhead<>(slowToClose, 10, 2)) {
            while (ahead.hasNext()) {
                ahead.next();
            }
            assertThat(closedSource)
                    .as("the connection is free for the next query")
                    .isTrue();
        }
    }

    @Test
    void an_empty_source_gives_nothing() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>(() -> source(0), 10, 2)) {
            assertThat(ahead.hasNext()).isFalse();
        }
        assertThat(closedSource).isTrue();
    }

    @Test
    void a_failure_while_reading_reaches_the_consumer_after_the_items_before_it() {
        List<Integer> consumed = new ArrayList<>();
        ReadAhead<Integer> ahead = new ReadAhead<>(
                () -> Stream.iterate(0, i -> i + 1).map(i -> {
                    if (i == 250) {
                        throw new IllegalStateException("the database went away");
                    }
                    return i;
                }),
                100,
                2);

        assertThatThrownBy(() -> ahead.forEachRemaining(consumed::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        ahead.close();
        assertThat(consumed).hasSize(200).as("whole batches before the failure").endsWith(199);
    }

    @Test
    void closing_early_stops_the_reader_and_closes_its_source_before_returning() {
        ReadAhead<Integer> ahead = new ReadAhead<>(() -> source(Integer.MAX_VALUE), 10, 2);
        assertThat(ahead.next()).isZero();

        ahead.close();

        assertThat(closedSource)
                .as("closed when close() returns, so the connection is free")
                .isTrue();
    }
}
