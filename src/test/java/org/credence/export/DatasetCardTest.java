package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.credence.annotation.Label;
import org.credence.review.AgreementSummary;
import org.junit.jupiter.api.Test;

/** The card's agreement paragraph reads right for none, one and many units; it names the project and its guidelines. */
class DatasetCardTest {

    private static String card(AgreementSummary agreement) {
        return DatasetCard.render(3, 1, Map.of(Label.CONFIRMED, 3), agreement, ExportOptions.all(), NO_GUIDELINES);
    }

    private static final DatasetCard.Project NO_GUIDELINES =
            new DatasetCard.Project("Bridge", null, new org.credence.project.GuidelinesView(4, 0, "", null, null));

    @Test
    void the_card_names_the_project_and_quotes_the_guidelines_in_force_with_their_revision() {
        DatasetCard.Project project = new DatasetCard.Project(
                "ISIS-K, August 2021",
                "How outlets told it.",
                new org.credence.project.GuidelinesView(
                        4,
                        3,
                        "# Labels\n\nConfirmed: stated as fact.\n",
                        "editor",
                        java.time.Instant.parse("2026-11-30T10:00:00Z")));
        String card = DatasetCard.render(
                3,
                1,
                Map.of(Label.CONFIRMED, 3),
                new AgreementSummary(0, List.of(), null, null),
                ExportOptions.all(),
                project);
        assertThat(card)
                .contains("From the project **ISIS-K, August 2021**: How outlets told it.")
                .contains("revision 3 of the project's guidelines, written by editor on 2026-11-30")
                .contains("> # Labels\n>\n> Confirmed: stated as fact.\n")
                .contains("  - name: project\n    dtype: string\n");
        assertThat(card(new AgreementSummary(0, List.of(), null, null)))
                .contains("From the project **Bridge**.")
                .contains("The project has no written guidelines.");
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
