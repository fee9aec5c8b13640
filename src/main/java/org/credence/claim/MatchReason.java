package org.credence.claim;

import java.util.List;

/**
 * Why a place was proposed as the same claim, so a reviewer can judge the proposal rather than trust it.
 *
 * @param sharedTerms words the two sentences share (after stemming; empty when only the meaning matched)
 * @param similarity cosine similarity of the two sentences' embeddings (-1 to 1); null when the semantic
 *     ranking did not find it
 * @param sameFigureKinds kinds of figure both state ("count", "date"), even when the figures differ
 * @param lexicalRank its place in the shared-words ranking (1 is first); null when not in it
 * @param semanticRank its place in the meaning ranking; null when not in it
 */
public record MatchReason(
        List<String> sharedTerms,
        Double similarity,
        List<String> sameFigureKinds,
        Integer lexicalRank,
        Integer semanticRank) {

    /** One line for the Reader: "same meaning (0.82) · shares: fighters, Isis-K · both give a count". */
    public String describe() {
        List<String> parts = new java.util.ArrayList<>();
        if (similarity != null) {
            parts.add(String.format(java.util.Locale.ROOT, "similar meaning (%.2f)", similarity));
        }
        if (!sharedTerms.isEmpty()) {
            parts.add("shares: " + String.join(", ", sharedTerms.subList(0, Math.min(6, sharedTerms.size()))));
        }
        if (!sameFigureKinds.isEmpty()) {
            parts.add("both give a " + String.join(" and a ", sameFigureKinds));
        }
        return String.join(" · ", parts);
    }
}
