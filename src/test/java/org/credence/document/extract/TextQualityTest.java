package org.credence.document.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextQualityTest {

    /** What PDFBox gives for a truncated PDF whose fonts were lost: two-byte glyph codes read one byte at a time. */
    static final String GLYPH_GARBAGE = "\uFFFD3\uFFFDD\uFFFDJ\uFFFDH\uFFFD\uFFFD\uFFFD'\uFFFDH\uFFFDY\uFFFDH\uFFFDO"
            + "\uFFFDR\uFFFDS\uFFFDH\uFFFDU\uFFFD\uFFFD\uFFFDR\uFFFDR\uFFFDG\uFFFDL\uFFFDQ\uFFFDJ";

    /** Glyph codes of a subset font shifted by 29 with no Unicode map: letters, never words. */
    static String shifted(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c == ' ' || c == '\n' ? (char) c : (char) (c - 29)));
        return out.toString();
    }

    @Test
    void glyph_codes_read_as_replacement_characters_are_mostly_unreadable() {
        TextQuality quality = TextQuality.of(GLYPH_GARBAGE.repeat(20));

        assertThat(quality.unreadableShare()).isGreaterThan(0.5);
        assertThat(quality.problem(false)).matches("\\d\\d% of the characters are unreadable");
    }

    @Test
    void letters_that_form_no_words_are_letter_soup_only_where_text_was_decoded_from_glyphs() {
        TextQuality quality = TextQuality.of(
                shifted("Developer flooding reached the lower town on Monday night and the council said it would meet. "
                        .repeat(5)));

        assertThat(quality.unreadableShare())
                .as("only the full stops became control characters")
                .isLessThan(0.02);
        assertThat(quality.letterSoup()).isTrue();
        assertThat(quality.problem(true)).startsWith("its letters do not form words of any language");
        assertThat(quality.problem(false))
                .as("a spreadsheet of names is not prose")
                .isNull();
    }

    @Test
    void ocr_of_glyph_soup_spells_a_few_common_words_by_chance_but_is_still_soup() {
        // Tesseract's reading of the pages of a truncated PDF whose fonts were lost (see ScanFixtures)
        String ocrOfSoup = "SSeS SSeS eS Se SSS SSS SSS SESS SESS SESE SESE SSF M-C1O M-C10 M%>C10 ".repeat(8);

        TextQuality quality = TextQuality.of(ocrOfSoup);

        assertThat(quality.commonWordShare()).isGreaterThan(TextQuality.MIN_COMMON_WORD_SHARE);
        assertThat(quality.letterSoup()).isTrue();
    }

    @Test
    void the_seed_articles_and_prose_in_other_languages_read_as_text() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                TextQuality quality = TextQuality.of(Files.readString(seed, StandardCharsets.UTF_8));
                assertThat(quality.problem(true)).as(seed.toString()).isNull();
                assertThat(quality.commonWordShare()).as(seed.toString()).isGreaterThan(0.25);
            }
        }
        String french = "Le pont a été fermé lundi après la crue, et le conseil municipal a dit qu'il se réunirait. ";
        String russian = "Мост был закрыт в понедельник после наводнения, и городской совет сказал, что соберётся. ";
        String german =
                "Die Brücke wurde am Montag nach dem Hochwasser gesperrt, und der Stadtrat sagte, er werde tagen. ";
        for (String prose : new String[] {french, russian, german}) {
            assertThat(TextQuality.of(prose.repeat(4)).problem(true)).as(prose).isNull();
        }
    }

    @Test
    void a_report_written_from_a_template_repeats_few_common_words_and_is_still_text() {
        String template =
                "Local officials said that between 500 and 1,200 militants were active in the area, report 7.1. "
                        + "Witnesses denied that the road to the airport was closed, report 7.2. "
                        + "The ministry confirmed that a senior commander had been killed, report 7.3. ";

        TextQuality quality = TextQuality.of(template.repeat(8));

        assertThat(quality.distinctCommonWords())
                .as("the same few common words again and again")
                .isLessThan((int) Math.sqrt(quality.commonWords()));
        assertThat(quality.problem(true)).isNull();
    }

    @Test
    void scripts_without_known_common_words_and_short_texts_are_not_judged_by_words() {
        String chinese = "大桥周一因洪水关闭，市议会表示将开会讨论。".repeat(20);
        String arabic = "أغلق الجسر يوم الاثنين بعد الفيضان وقال المجلس إنه سيجتمع ".repeat(10);

        assertThat(TextQuality.of(chinese).problem(true)).isNull();
        assertThat(TextQuality.of(arabic).problem(true)).isNull();
        assertThat(TextQuality.of(shifted("Fighters estimated at two thousand")).problem(true))
                .as("a slide title is too short to judge")
                .isNull();
    }

    @Test
    void a_few_stray_unreadable_characters_are_normal() throws IOException {
        String text = Files.readString(Path.of("seeds").resolve(firstSeed())) + "\uFFFD\uE000\u0007";

        assertThat(TextQuality.of(text).problem(true)).isNull();
        assertThat(TextQuality.of(text).unreadable()).isEqualTo(3);
        assertThat(TextQuality.of("").problem(true)).isNull();
        assertThat(TextQuality.of("Nul \u0000\u0000\u0000 bytes inside.").problem(false))
                .as("three stray bytes in a short note: kept as text")
                .isNull();
    }

    private static String firstSeed() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            return seeds.map(p -> p.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }
}
