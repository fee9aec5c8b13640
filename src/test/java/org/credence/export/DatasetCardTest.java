package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.credence.annotation.Label;
import org.credence.review.AgreementSummary;
import org.credence.review.Coefficient;
import org.credence.review.SpanAgreement;
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
                3, 1, Map.of(Label.CONFIRMED, 3), summary(0, List.of(), null, null), ExportOptions.all(), project);
        assertThat(card)
                .contains("From the project **ISIS-K, August 2021**: How outlets told it.")
                .contains("revision 3 of the project's guidelines, written by editor on 2026-11-30")
                .contains("> # Labels\n>\n> Confirmed: stated as fact.\n")
                .contains("  - name: project\n    dtype: string\n");
        assertThat(card(summary(0, List.of(), null, null)))
                .contains("From the project **Bridge**.")
                .contains("The project has no written guidelines.");
    }

    @Test
    void without_shared_spans_it_says_there_is_nothing_to_report_instead_of_zero_figures() {
        assertThat(card(summary(0, List.of(), null, null)))
                .contains("No unit has been labelled by two or more reviewers yet, so there is no agreement to report.")
                .doesNotContain("Over 0");
    }

    @Test
    void each_figure_has_its_units_reviewers_and_interval_and_too_few_units_are_flagged() {
        String card = card(summary(12, List.of("ana", "ben"), 0.0, -1.0));
        assertThat(card)
                .contains("12 units were labelled by two or more of 2 reviewers.")
                .contains("| label | Krippendorff's α (nominal) | 0.000 *too little data* | -0.100 to 0.200 | 12 | 2 |")
                .contains("| label | Fleiss' κ (units with the commonest number of reviewers) | -1.000 | — | — | 2 |")
                .contains("| information credibility 1–5 | Krippendorff's α (ordinal) | — | — | 0 | 0 |")
                .contains("| where statements are | span F1, overlapping | 0.800 | — | — | 1 pairs |")
                .contains("rests on fewer than 30 units");
        assertThat(card(summary(250_000, List.of("a", "b", "c", "d"), -0.25, null)))
                .contains("250,000 units were labelled by two or more of 4 reviewers.")
                .contains("| label | Krippendorff's α (nominal) | -0.250 | -0.100 to 0.200 | 250,000 | 4 |")
                .contains("| label | Fleiss' κ (units with the commonest number of reviewers) | — | — | — | 4 |");
    }

    @Test
    void the_card_says_how_units_were_formed_and_how_to_read_each_coefficient_with_a_reference() {
        String card = card(summary(40, List.of("ana", "ben"), 0.7, 0.7));
        assertThat(card)
                .contains("statements of different reviewers are one unit when their spans share at least 50% of"
                        + " the shorter span")
                .contains("`unit_id`")
                .contains("Computing Krippendorff's Alpha-Reliability")
                .contains("Measuring nominal scale agreement among many raters")
                .contains("Agreement, the F-measure, and reliability in information retrieval")
                .contains("An Introduction to the Bootstrap")
                .contains("  - name: unit_id\n    dtype: int64\n");
    }

    /** A summary whose label α is {@code alpha} with a fixed interval; presentation and credibility not computable. */
    static AgreementSummary summary(long units, List<String> reviewers, Double alpha, Double kappa) {
        Coefficient labels = new Coefficient(
                alpha,
                units,
                reviewers.size(),
                alpha == null ? null : new Coefficient.ConfidenceInterval(-0.1, 0.2, 0.95, 1000),
                units < 30);
        Coefficient none = new Coefficient(null, 0, 0, null, true);
        return new AgreementSummary(
                new AgreementSummary.Grouping(
                        "overlap", 0.5, org.credence.annotation.UnitGrouping.DEFAULT.describe(), 30),
                units,
                reviewers,
                alpha,
                kappa,
                labels,
                none,
                none,
                units == 0
                        ? new SpanAgreement(null, null, List.of())
                        : new SpanAgreement(
                                0.8, 0.5, List.of(new SpanAgreement.Pair("ana", "ben", 1, 10, 4, 2, 0.8, 0.4))));
    }
}
