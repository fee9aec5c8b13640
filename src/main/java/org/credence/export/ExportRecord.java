package org.credence.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.review.ReviewState;

/**
 * One statement with everything an export format may need, read in one streamed query. Offsets are
 * code points; {@code reviewState} is PROPOSED when no editor has decided.
 */
public record ExportRecord(long statementId, long documentId, String title, String documentSha256, String documentAuthor,
        Long sourceId, String sourceName, String sourceReliability, String url, LocalDate published, int start, int end, String exact, String prefix, String suffix, Label label,
        Presentation presentation, String rationale, String attributionSource, String attributionCue, String tags,
        String reviewer, Instant createdAt, Instant modifiedAt, ReviewState reviewState, Label goldLabel,
        String decidedBy, Instant decidedAt, Integer credibility, Long claimId) {

    public ExportRecord {
        if (reviewState == null) {
            reviewState = ReviewState.PROPOSED;
        }
    }

    /** Source reliability and information credibility together, e.g. "B3" (null when neither is graded). */
    public String admiralty() {
        return org.credence.source.Admiralty.code(sourceReliability, credibility);
    }

    public List<String> tagList() {
        return tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(","));
    }
}
