package org.credence.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf16OffsetsTest {

    @Test
    void text_without_surrogates_maps_each_offset_to_itself() {
        Utf16Offsets offsets = Utf16Offsets.of("plain text");
        assertThat(offsets.toUtf16(5)).isEqualTo(5);
        assertThat(offsets.toCodePoint(5)).isEqualTo(5);
    }

    @Test
    void characters_outside_the_bmp_count_two_in_the_browser_and_one_in_credence() {
        // 🙂 and 𝔸 are each one code point and two UTF-16 units.
        String text = "a🙂b𝔸c";
        Utf16Offsets offsets = Utf16Offsets.of(text);

        assertThat(offsets.toUtf16(0)).isZero();
        assertThat(offsets.toUtf16(2)).isEqualTo(3);
        assertThat(offsets.toUtf16(4)).isEqualTo(6);
        assertThat(offsets.toUtf16(5)).isEqualTo(text.length());
        assertThat(offsets.toCodePoint(3)).isEqualTo(2);
        assertThat(offsets.toCodePoint(6)).isEqualTo(4);
        assertThat(offsets.toCodePoint(text.length())).isEqualTo(5);
    }

    @Test
    void every_code_point_offset_survives_the_round_trip() {
        String text = "Kabul 🙂 airport 𝔸𝔹 attack ✓";
        Utf16Offsets offsets = Utf16Offsets.of(text);
        int codePoints = text.codePointCount(0, text.length());
        for (int cp = 0; cp <= codePoints; cp++) {
            assertThat(offsets.toCodePoint(offsets.toUtf16(cp))).isEqualTo(cp);
        }
    }

    @Test
    void indices_beyond_the_text_are_clamped() {
        Utf16Offsets offsets = Utf16Offsets.of("a🙂");
        assertThat(offsets.toCodePoint(99)).isEqualTo(2);
        assertThat(offsets.toCodePoint(-4)).isZero();
    }
}
