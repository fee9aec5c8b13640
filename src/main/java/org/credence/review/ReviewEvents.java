package org.credence.review;

/** Published inside the transaction of a decision. */
public final class ReviewEvents {

    private ReviewEvents() {}

    /** An editor decided, or a reviewer's edit reopened, a statement (made by {@code statementAuthor}). */
    public record DecisionMade(
            long documentId, String statementAuthor, DecisionView before, DecisionView after, String actor) {}
}
