package org.credence.review;

import java.time.Instant;
import org.credence.annotation.Label;

/**
 * A statement's decision as views and the API see it. {@code version} is -1 while no editor has
 * touched it; a decision must name the version it was based on. {@code goldSpan} is null when the
 * gold span is the statement's own.
 */
public record DecisionView(
        long statementId,
        long version,
        ReviewState state,
        Label goldLabel,
        GoldSpan goldSpan,
        String reason,
        String decidedBy,
        Instant decidedAt) {

    static final long NONE = -1;

    static DecisionView of(Decision d) {
        return new DecisionView(
                d.getStatementId(),
                d.getVersion(),
                d.getState(),
                d.getGoldLabel(),
                d.getGoldSpan(),
                d.getReason(),
                d.getDecidedBy(),
                d.getDecidedAt());
    }

    /**
     * The decision without its gold span, for a reader blind review keeps from other reviewers'
     * statements: the gold span is usually another reviewer's selection.
     */
    DecisionView withoutGoldSpan() {
        return goldSpan == null
                ? this
                : new DecisionView(statementId, version, state, goldLabel, null, reason, decidedBy, decidedAt);
    }

    public static DecisionView proposed(long statementId) {
        return new DecisionView(statementId, NONE, ReviewState.PROPOSED, null, null, null, null, null);
    }

    /** One line for a reviewer: "Approved as Disputed by editor: reason". */
    public String describe() {
        return switch (state) {
            case PROPOSED -> "Awaiting an editor's decision";
            case APPROVED ->
                "Approved as " + goldLabel.title() + " by " + decidedBy + (reason == null ? "" : ": " + reason);
            case REJECTED -> "Rejected by " + decidedBy + ": " + reason;
        };
    }
}
