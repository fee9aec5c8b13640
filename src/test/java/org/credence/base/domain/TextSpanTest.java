package org.credence.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void a_span_is_non_empty_and_starts_inside_the_text() {
        assertThatThrownBy(() -> new TextSpan(1, 5, 5)).hasMessage("A span needs 0 ≤ start < end, not 5–5.");
        assertThatThrownBy(() -> new TextSpan(1, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSpan(1, 9, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TextSpan(1, 2, 3)).isEqualTo(new TextSpan(1, 2, 3)).hasSameHashCodeAs(new TextSpan(1, 2, 3));
    }

    @Test
    void spans_overlap_when_they_share_a_character_of_the_same_document() {
        TextSpan span = new TextSpan(1, 10, 20);
        assertThat(span.overlaps(new TextSpan(1, 19, 30))).isTrue();
        assertThat(span.overlaps(new TextSpan(1, 0, 11))).isTrue();
        assertThat(span.overlaps(new TextSpan(1, 12, 15))).isTrue();
        assertThat(span.overlaps(new TextSpan(1, 20, 30)))
                .as("end is exclusive")
                .isFalse();
        assertThat(span.overlaps(new TextSpan(1, 0, 10))).isFalse();
        assertThat(span.overlaps(new TextSpan(2, 10, 20)))
                .as("another document")
                .isFalse();
    }
}
