package org.credence.export;

import java.util.Locale;
import org.credence.review.AgreementSummary;
import org.credence.review.Coefficient;
import org.credence.review.SpanAgreement;

/**
 * The dataset card's section on agreement: how units were formed, every figure with its units,
 * reviewers and interval, figures on too few units flagged, and in plain words what each measures,
 * with a reference.
 */
final class AgreementSection {

    private AgreementSection() {}

    static String render(AgreementSummary agreement) {
        StringBuilder section = new StringBuilder("## Agreement between reviewers\n\n");
        AgreementSummary.Grouping grouping = agreement.grouping();
        section.append("**Units.** Agreement is measured over units: ")
                .append(grouping.description())
                .append(". So \"the Taliban executing at least one senior Isis-K figure\" and the whole sentence")
                .append(" around it, or a sentence with and without its full stop, are one unit whose reviewers")
                .append(" disagree on the boundary, not two unrelated statements. A unit holds at most one")
                .append(" statement per reviewer; a reviewer's second statement in the same place is a unit of its")
                .append(" own. Each statement's unit is `unit_id` in `statements.jsonl`.\n\n");
        if (agreement.units() == 0 && agreement.spanAgreement().pairs().isEmpty()) {
            return section.append(
                            "No unit has been labelled by two or more reviewers yet, so there is no agreement to report.\n\n")
                    .toString();
        }
        section.append(String.format(
                        Locale.ROOT,
                        "%,d %s labelled by two or more of %d reviewers.\n\n",
                        agreement.units(),
                        agreement.units() == 1 ? "unit was" : "units were",
                        agreement.reviewers().size()))
                .append("| what | coefficient | value | 95% interval | units | reviewers |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        row(section, "label", "Krippendorff's α (nominal)", agreement.labelAlpha(), grouping.minimumUnits());
        // Fleiss' κ is taken over the units with the commonest number of reviewers, not all of them.
        section.append(String.format(
                Locale.ROOT,
                "| label | Fleiss' κ (units with the commonest number of reviewers) | %s | — | — | %d |\n",
                figure(agreement.fleissKappa()),
                agreement.reviewers().size()));
        row(
                section,
                "presentation",
                "Krippendorff's α (nominal)",
                agreement.presentationAlpha(),
                grouping.minimumUnits());
        row(
                section,
                "information credibility 1–5",
                "Krippendorff's α (ordinal)",
                agreement.credibilityAlphaOrdinal(),
                grouping.minimumUnits());
        SpanAgreement spans = agreement.spanAgreement();
        section.append(String.format(
                        Locale.ROOT,
                        "| where statements are | span F1, overlapping | %s | — | — | %d pairs |\n",
                        figure(spans.overlapF1()),
                        spans.pairs().size()))
                .append(String.format(
                        Locale.ROOT,
                        "| where statements are | span F1, exact | %s | — | — | %d pairs |\n\n",
                        figure(spans.exactF1()),
                        spans.pairs().size()))
                .append(String.format(
                        Locale.ROOT,
                        "A value marked *too little data* rests on fewer than %d units: report it, if at all, with"
                                + " its interval. \"—\" means it cannot be computed (no unit coded twice, or a single"
                                + " category used).\n\n",
                        grouping.minimumUnits()))
                .append(HOW_TO_READ);
        return section.toString();
    }

    private static void row(StringBuilder section, String what, String coefficient, Coefficient c, int minimum) {
        section.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s%s | %s | %,d | %d |\n",
                what,
                coefficient,
                figure(c.value()),
                c.tooLittleData() && c.value() != null ? " *too little data*" : "",
                c.confidenceInterval() == null
                        ? "—"
                        : figure(c.confidenceInterval().low()) + " to "
                                + figure(c.confidenceInterval().high()),
                c.units(),
                c.reviewers()));
    }

    static String figure(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static final String HOW_TO_READ = """
            **How to read them.**

            - *Krippendorff's α* compares the disagreement observed within units with the disagreement \
            expected if reviewers had assigned the same values at random: 1 is perfect agreement, 0 is \
            chance, below 0 systematic disagreement. Units coded by only some reviewers count as they are. \
            Krippendorff advises relying on data with α ≥ 0.800 and drawing only tentative conclusions from \
            0.667 to 0.800. The *nominal* metric treats any two different values as equally distant (labels, \
            presentation); the *ordinal* one (credibility 1 to 5) counts a 2 against a 3 as a smaller \
            disagreement than a 1 against a 5, by how many graded values lie between them. Grade 6, "truth \
            cannot be judged", is not a point on that scale and counts as no grade. Reference: K. \
            Krippendorff, *Computing Krippendorff's Alpha-Reliability* (2011), and *Content Analysis*, \
            2nd ed., Sage (2004).
            - *Fleiss' κ* is the share of agreeing pairs of reviewers per unit, corrected for chance, over \
            the units with the most common number of reviewers. Reference: J. L. Fleiss, "Measuring nominal \
            scale agreement among many raters", *Psychological Bulletin* 76(5), 1971.
            - *Span F1* says how far two reviewers marked the same places, as named-entity evaluations \
            report it: over the documents in which both made statements, 2 × matched statements / (the \
            first reviewer's statements + the second's). *Overlapping* counts two statements in one unit as \
            matched; *exact* only identical spans. 1 means both marked exactly the same statements; a \
            reviewer who found nothing in a document is not compared on it. Unlike α it has no chance \
            correction, which for spans is undefined (there is no countable set of places not marked). \
            Reference: G. Hripcsak and A. S. Rothschild, "Agreement, the F-measure, and reliability in \
            information retrieval", *JAMIA* 12(3), 2005.
            - *95% intervals* are percentile bootstrap intervals over units: the units were resampled \
            with replacement 1,000 times with a fixed seed (the same data always gives the same interval) \
            and α recomputed each time. This is the ordinary nonparametric bootstrap (B. Efron and R. \
            Tibshirani, *An Introduction to the Bootstrap*, Chapman & Hall, 1993); Hayes and Krippendorff's \
            KALPHA ("Answering the call for a standard reliability measure for coding data", \
            *Communication Methods and Measures* 1(1), 2007) resamples pairs of values instead and gives \
            somewhat different intervals.

            """;
}
