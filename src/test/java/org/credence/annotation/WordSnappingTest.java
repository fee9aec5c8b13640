package org.credence.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSnappingTest {

    static final String TEXT = "Isis-K has claimed responsibility for 1,200 attacks.  Next line";

    private static String snapped(String text, int start, int end) {
        int[] span = WordSnapping.snap(text, start, end);
        return text.substring(text.offsetByCodePoints(0, span[0]), text.offsetByCodePoints(0, span[1]));
    }

    @Test
    void a_selection_that_cuts_words_is_widened_to_whole_words() {
        assertThat(snapped(TEXT, 1, 16)).isEqualTo("Isis-K has claimed");
    }

    @Test
    void white_space_at_either_end_is_dropped() {
        assertThat(snapped(TEXT, 6, 11)).isEqualTo("has");
        assertThat(snapped(TEXT, 43, 56)).isEqualTo("attacks.  Next");
    }

    @Test
    void numbers_with_separators_stay_whole() {
        assertThat(snapped(TEXT, 38, 40)).isEqualTo("1,200");
        assertThat(snapped(TEXT, 41, 52)).isEqualTo("1,200 attacks.");
    }

    @Test
    void a_clean_selection_is_left_alone_including_its_punctuation() {
        assertThat(snapped(TEXT, 0, 52)).isEqualTo("Isis-K has claimed responsibility for 1,200 attacks.");
    }

    @Test
    void only_white_space_snaps_to_an_empty_span() {
        int[] span = WordSnapping.snap(TEXT, 52, 54);
        assertThat(span[1] - span[0]).isZero();
    }

    @Test
    void offsets_are_code_points_around_characters_outside_the_bmp() {
        String text = "🙂 reported claim";
        assertThat(snapped(text, 3, 8)).isEqualTo("reported");
        assertThat(WordSnapping.snap(text, 3, 8)).containsExactly(2, 10);
    }
}
