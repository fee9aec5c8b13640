package org.credence.review;

import java.time.Instant;
import org.credence.annotation.Label;

/**
 * A reviewer's statement an editor overrode or rejected, with why: what a reviewer learns from.
 *
 * @param goldLabel the editor's label; null for a rejection
 */
public record Overruled(
        long statementId,
        long documentId,
        String documentTitle,
        String quote,
        Label myLabel,
        ReviewState state,
        Label goldLabel,
        String reason,
        String decidedBy,
        Instant decidedAt) {

    /** "Overridden: Disputed" or "Rejected". */
    public String decision() {
        return state == ReviewState.REJECTED ? "Rejected" : "Overridden: " + goldLabel.title();
    }
}
