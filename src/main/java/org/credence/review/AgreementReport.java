package org.credence.review;

import java.util.List;
import java.util.Map;

/**
 * Agreement between reviewers over units — statements of different reviewers grouped by overlapping
 * spans ({@link org.credence.annotation.UnitGrouping}), labelled by two or more of them. Measures that
 * cannot be computed (too few units, one category only) are null.
 *
 * @param krippendorffAlpha on labels; {@code confidenceInterval} is its 95% bootstrap interval
 * @param labelAlpha the same α with its units, reviewers, interval and whether they are too few
 * @param disagreements the first disagreements in text order, at most {@link AgreementService#SHOWN_DISAGREEMENTS};
 *     a document's own are {@link AgreementService#disagreements(long)}
 * @param labelsPerReviewer for each reviewer, how many of the units they labelled got each label (label code to count)
 * @param disagreementCount how many there are in all
 */
public record AgreementReport(
        int units,
        List<String> reviewers,
        Double krippendorffAlpha,
        Double fleissKappa,
        Coefficient.ConfidenceInterval confidenceInterval,
        AgreementSummary.Grouping grouping,
        Coefficient labelAlpha,
        Coefficient presentationAlpha,
        Coefficient credibilityAlphaOrdinal,
        SpanAgreement spanAgreement,
        List<PairAgreement> pairs,
        Map<String, Double> alphaPerLabel,
        Map<String, Map<String, Integer>> labelsPerReviewer,
        List<DocumentAgreement> documents,
        List<Unit> disagreements,
        int disagreementCount) {

    /** Cohen's κ of two reviewers over the units both labelled. */
    public record PairAgreement(String reviewerA, String reviewerB, int sharedUnits, Double cohenKappa) {}

    public record DocumentAgreement(
            long documentId, String title, int units, int disagreements, Double krippendorffAlpha) {}

    /**
     * One unit: the text from its first start to its last end, each reviewer's label and span.
     *
     * @param unitId the id of the unit's first statement in text order, as exports write it
     */
    public record Unit(
            long unitId,
            long documentId,
            String documentTitle,
            int start,
            int end,
            String quote,
            Map<String, String> labels,
            Map<String, Selection> spans) {

        /** A reviewer's span, in code points. */
        public record Selection(int start, int end) {}

        /** Reviewers gave different labels. */
        public boolean disagreement() {
            return labels.values().stream().distinct().count() > 1;
        }

        /** Reviewers selected different spans. */
        public boolean boundaryDisagreement() {
            return spans.values().stream().distinct().count() > 1;
        }

        public String labelsSideBySide() {
            return String.join(
                    " · ",
                    labels.entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue())
                            .toList());
        }
    }
}
