package org.credence.review;

import java.util.List;
import java.util.Map;

/**
 * Agreement between reviewers over units — spans labelled by two or more of them. Measures that
 * cannot be computed (too few units, one category only) are null.
 *
 * @param disagreements the first disagreements in text order, at most {@link AgreementService#SHOWN_DISAGREEMENTS};
 *     a document's own are {@link AgreementService#disagreements(long)}
 * @param disagreementCount how many there are in all
 */
public record AgreementReport(
        int units,
        List<String> reviewers,
        Double krippendorffAlpha,
        Double fleissKappa,
        List<PairAgreement> pairs,
        Map<String, Double> alphaPerLabel,
        List<DocumentAgreement> documents,
        List<Unit> disagreements,
        int disagreementCount) {

    /** Cohen's κ of two reviewers over the units both labelled. */
    public record PairAgreement(String reviewerA, String reviewerB, int sharedUnits, Double cohenKappa) {}

    public record DocumentAgreement(
            long documentId, String title, int units, int disagreements, Double krippendorffAlpha) {}

    /** One span and each reviewer's label on it. */
    public record Unit(
            long documentId, String documentTitle, int start, int end, String quote, Map<String, String> labels) {

        public boolean disagreement() {
            return labels.values().stream().distinct().count() > 1;
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
