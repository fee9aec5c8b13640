package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.credence.annotation.Label;
import org.credence.review.AgreementSummary;
import org.junit.jupiter.api.Test;

/** The card's agreement paragraph reads right for none, one and many units. */
class DatasetCardTest {

    private static String card(AgreementSummary agreement) {
        return DatasetCard.render(3, 1, Map.of(Label.CONFIRMED, 3), agreement, ExportOptions.all());
    }

    @Test
    void without_shared_spans_it_says_there_is_nothing_to_report_instead_of_zero_figures() {
        assertThat(card(new AgreementSummary(0, List.of(), null, null)))
                .contains("No span has been labelled by two or more reviewers yet, so there is no agreement to report.")
                .doesNotContain("Over 0");
    }

    @Test
    void figures_are_given_to_three_decimals_with_the_units_counted_in_words_that_agree() {
        assertThat(card(new AgreementSummary(1, List.of("ana", "ben"), 0.0, -1.0)))
                .contains("Over 1 span labelled by two or more of 2 reviewers: Krippendorff's α (nominal) 0.000,"
                        + " Fleiss' κ -1.000.");
        assertThat(card(new AgreementSummary(250_000, List.of("a", "b", "c", "d"), -0.25, null)))
                .contains("Over 250,000 spans labelled by two or more of 4 reviewers: Krippendorff's α (nominal)"
                        + " -0.250, Fleiss' κ not computable (too little data).");
    }
}
