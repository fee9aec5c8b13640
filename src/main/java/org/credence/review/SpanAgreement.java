package org.credence.review;

import java.util.List;

/**
 * Agreement on <em>where</em> statements are, as named-entity evaluations report it: for each pair of
 * reviewers, over the documents in which both made statements, F1 = 2 × matched / (A's statements +
 * B's statements), where a statement of A is matched when it shares a unit with one of B's (overlap
 * F1) or, stricter, has exactly B's span (exact F1). Symmetric, 1 when both marked the same places.
 *
 * @param overlapF1 over all pairs together (matches and statements summed); null without a pair
 */
public record SpanAgreement(Double overlapF1, Double exactF1, List<Pair> pairs) {

    /**
     * @param documents documents in which both made statements
     * @param statements both reviewers' statements in those documents
     * @param overlapMatches units holding a statement of each
     * @param exactMatches of those, units where their spans are identical
     */
    public record Pair(
            String reviewerA,
            String reviewerB,
            int documents,
            long statements,
            long overlapMatches,
            long exactMatches,
            Double overlapF1,
            Double exactF1) {}
}
