package org.credence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words two sentences are compared by, and how telling each is. */
class TermWeightsTest {

    @Test
    void a_word_loses_one_ending_as_the_regular_expression_it_replaced_took_it_off() {
        Pattern before = Pattern.compile("(ing|ed|es|s)$");
        for (String word : List.of(
                "executing",
                "executed",
                "fighters",
                "buses",
                "crisis",
                "killings",
                "kings",
                "red",
                "sing",
                "ss",
                "reed",
                "news",
                "bus",
                "gas",
                "ceasefire",
                "estimates",
                "weds",
                "bring",
                "ing",
                "s",
                "")) {
            assertThat(TermWeights.withoutEnding(word))
                    .as(word)
                    .isEqualTo(before.matcher(word).replaceFirst(""));
        }
    }

    @Test
    void a_sentence_is_its_telling_words_stemmed_with_the_words_for_one_toll_made_one() {
        assertThat(TermWeights.terms("The Taliban executed 12 fighters; at least 20 died, and many were injured."))
                .containsExactlyInAnyOrder("taliban", "execut", "fighter", "kill", "many", "injur");
    }

    @Test
    void shared_rare_words_count_more_than_shared_common_ones() {
        TermWeights weights = new TermWeights();
        for (int i = 0; i < 20; i++) {
            weights.count("The Taliban said the province was calm.");
        }
        weights.count("The commander was executed.");

        double rare = weights.overlap(TermWeights.terms("executed commander"), TermWeights.terms("executed taliban"));
        double common = weights.overlap(TermWeights.terms("executed taliban"), TermWeights.terms("commander taliban"));

        assertThat(rare).isGreaterThan(common);
    }
}
