package org.credence.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Free text is refused, with the reason and the limit, when it could not be stored or shown faithfully. */
class FreeTextTest {

    @Test
    void text_is_trimmed_and_blank_is_absent() {
        assertThat(FreeText.check("The note", "  two\nlines\tand 🙂  ", 100)).isEqualTo("two\nlines\tand 🙂");
        assertThat(FreeText.check("The note", " \n ", 100)).isNull();
        assertThat(FreeText.check("The note", null, 100)).isNull();
    }

    @Test
    void too_long_says_how_long_and_the_limit() {
        assertThatThrownBy(() -> FreeText.check("The title", "x".repeat(100_000), 200))
                .hasMessage("The title is 100,000 characters long; at most 200 are allowed.");
    }

    @Test
    void nul_and_control_characters_are_refused_with_their_position() {
        assertThatThrownBy(() -> FreeText.check("The rationale", "ab\u0000c", 100))
                .hasMessage("The rationale contains a control character (U+0000) at position 3; remove it.");
        assertThatThrownBy(() -> FreeText.check("The rationale", "a\u001bc", 100))
                .hasMessageContaining("U+001B");
    }

    @Test
    void lone_surrogates_are_refused_but_real_pairs_kept() {
        assertThatThrownBy(() -> FreeText.check("A comment", "bad \uD83D here", 100))
                .hasMessage("A comment contains half of a character (a lone UTF-16 surrogate) at position 5; the text"
                        + " was damaged on its way here.");
        assertThatThrownBy(() -> FreeText.check("A comment", "\uDE00", 100)).hasMessageContaining("lone UTF-16");
        assertThat(FreeText.check("A comment", "\uD83D\uDE00", 100)).isEqualTo("😀");
    }

    @Test
    void required_text_must_not_be_blank() {
        assertThatThrownBy(() -> FreeText.required("A claim's wording", "  ", 10))
                .hasMessage("A claim's wording must not be blank.");
    }
}
