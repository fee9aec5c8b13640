package org.credence.review;

/** Published inside the transaction of a decision. */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /** An editor decided, or a reviewer's edit reopened, a statement. */
    public record DecisionMade(long documentId, DecisionView before, DecisionView after, String actor) {
    }
}
