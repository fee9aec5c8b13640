package org.credence.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanCoverTest {

    record Span(int start, int end) {}

    private static SpanCover cover(Span... spans) {
        return SpanCover.of(List.of(spans), Span::start, Span::end);
    }

    @Test
    void touching_is_not_overlapping() {
        SpanCover cover = cover(new Span(10, 20));
        assertThat(cover.overlaps(0, 10)).isFalse();
        assertThat(cover.overlaps(20, 30)).isFalse();
        assertThat(cover.overlaps(19, 30)).isTrue();
        assertThat(cover.overlaps(0, 11)).isTrue();
        assertThat(cover.overlaps(12, 13)).isTrue();
    }

    @Test
    void a_long_early_span_covers_what_lies_after_shorter_later_ones() {
        SpanCover cover = cover(new Span(30, 32), new Span(0, 100), new Span(40, 41));
        assertThat(cover.overlaps(60, 70)).isTrue();
        assertThat(cover.overlaps(100, 120)).isFalse();
    }

    @Test
    void nothing_overlaps_an_empty_cover() {
        assertThat(cover().overlaps(0, 5)).isFalse();
    }

    @Test
    void agrees_with_comparing_every_pair() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int start = random.nextInt(100);
                spans.add(new Span(start, start + 1 + random.nextInt(15)));
            }
            SpanCover cover = SpanCover.of(spans, Span::start, Span::end);
            for (int q = 0; q < 50; q++) {
                int start = random.nextInt(110);
                int end = start + 1 + random.nextInt(10);
                boolean pairwise = spans.stream().anyMatch(s -> s.start() < end && start < s.end());
                assertThat(cover.overlaps(start, end))
                        .as(spans + " vs " + start + "-" + end)
                        .isEqualTo(pairwise);
            }
        }
    }
}
