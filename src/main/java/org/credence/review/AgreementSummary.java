package org.credence.review;

import java.util.List;
import org.credence.annotation.UnitGrouping;

/**
 * The corpus-wide agreement figures alone, computed while streaming: for a dataset card and the head
 * of the Agreement view, where the full report (every unit, pair and document) is not needed.
 *
 * @param units units labelled by two or more reviewers
 * @param labelAlpha Krippendorff's α (nominal) on labels, with its units, reviewers and interval
 * @param presentationAlpha the same on presentation (asserted, attributed, hedged, denied)
 * @param credibilityAlphaOrdinal Krippendorff's α with the ordinal metric on information credibility 1–5
 * @param spanAgreement agreement on where statements are
 */
public record AgreementSummary(
        Grouping grouping,
        long units,
        List<String> reviewers,
        Double krippendorffAlpha,
        Double fleissKappa,
        Coefficient labelAlpha,
        Coefficient presentationAlpha,
        Coefficient credibilityAlphaOrdinal,
        SpanAgreement spanAgreement) {

    /**
     * How units were formed and the minimum below which a figure is "too little data".
     *
     * @param units {@code overlap} or {@code exact}
     */
    public record Grouping(String units, double minOverlap, String description, int minimumUnits) {

        static Grouping of(UnitGrouping grouping) {
            return new Grouping(grouping.code(), grouping.minOverlap(), grouping.describe(), grouping.minimumUnits());
        }
    }
}
