package org.credence.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.review.ReviewState;

/**
 * One statement with everything an export format may need, read in one streamed query. Offsets are
 * code points; {@code reviewState} is PROPOSED when no editor has decided. {@code sentence} is the
 * sentence (or sentences) the statement stands in; {@code unitId} the id of the first statement of its
 * unit (statements of different reviewers on overlapping spans, {@link org.credence.annotation.UnitGrouping});
 * {@code spanLabels} each reviewer's label in that unit, by reviewer name, whatever the export's
 * filters. {@code goldStart}/{@code goldEnd} are null unless an editor chose another span.
 */
public record ExportRecord(
        long statementId,
        long documentId,
        String title,
        String documentSha256,
        String documentAuthor,
        Long sourceId,
        String sourceName,
        org.credence.source.Reliability sourceReliability,
        String url,
        LocalDate published,
        int start,
        int end,
        String exact,
        String prefix,
        String suffix,
        Label label,
        Presentation presentation,
        String rationale,
        String attributionSource,
        String attributionCue,
        String tags,
        String reviewer,
        Instant createdAt,
        Instant modifiedAt,
        ReviewState reviewState,
        Label goldLabel,
        Integer goldStart,
        Integer goldEnd,
        String decidedBy,
        Instant decidedAt,
        org.credence.annotation.Credibility credibility,
        Long claimId,
        String sentence,
        long unitId,
        SortedMap<String, Label> spanLabels,
        String evidenceUrl) {

    public ExportRecord {
        if (reviewState == null) {
            reviewState = ReviewState.PROPOSED;
        }
        spanLabels = spanLabels == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(spanLabels);
    }

    /**
     * Observed agreement on this statement's unit: the share of pairs of reviewers who gave it the same
     * label (Fleiss' per-unit P_i), to four decimals; null when fewer than two reviewers labelled it.
     * A decimal, not a double, so the same data prints the same digits on every Java version.
     */
    public BigDecimal spanAgreement() {
        int raters = spanLabels.size();
        if (raters < 2) {
            return null;
        }
        Map<Label, Integer> perLabel = new EnumMap<>(Label.class);
        spanLabels.values().forEach(l -> perLabel.merge(l, 1, Integer::sum));
        long agreeingPairs =
                perLabel.values().stream().mapToLong(n -> (long) n * (n - 1)).sum();
        return BigDecimal.valueOf(agreeingPairs)
                .divide(BigDecimal.valueOf((long) raters * (raters - 1)), 4, RoundingMode.HALF_EVEN);
    }

    /** Source reliability and information credibility together, e.g. "B3" (null when neither is graded). */
    public String admiralty() {
        return org.credence.annotation.Admiralty.code(sourceReliability, credibility);
    }

    public List<String> tagList() {
        return tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(","));
    }
}
