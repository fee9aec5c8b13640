package org.credence.annotation;

import java.time.Instant;

/**
 * A statement of the previous version of an article and what became of it on this version:
 * {@code statementId} is the carried-over statement (null when its text vanished).
 */
public record CarriedStatement(
        long fromStatementId,
        long previousDocumentId,
        Long statementId,
        String author,
        Label label,
        CarryOutcome outcome,
        String quote,
        String carriedBy,
        Instant carriedAt) {

    /** Whether a person should look at it: its text changed or vanished. */
    public boolean needsReview() {
        return outcome != CarryOutcome.KEPT;
    }
}
