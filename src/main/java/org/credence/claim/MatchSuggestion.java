package org.credence.claim;

/**
 * A sentence in another document that may say the same as a statement, ranked by fused relevance, with
 * the reasons it was proposed.
 * {@code statementId} names a statement already made there, when there is one the viewer may see.
 *
 * @param state "suggested", or "confirmed" once someone said it is the same claim
 */
public record MatchSuggestion(
        long documentId,
        String documentTitle,
        String source,
        int start,
        int end,
        String exact,
        double score,
        Long statementId,
        String state,
        MatchReason why) {}
