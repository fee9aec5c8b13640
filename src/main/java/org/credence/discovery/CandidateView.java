package org.credence.discovery;

import java.util.List;

/**
 * A candidate claim as the board and the API show it: never a reviewer's label or author (blind review),
 * only what the documents say.
 *
 * @param figureNote how the members' figures differ ("counts differ: …"), or null
 * @param presentations how the members present it: asserted, attributed, hedged, denied
 * @param claimId the claim it became, once accepted
 */
public record CandidateView(
        long id,
        long version,
        CandidateStatus status,
        String wording,
        int documents,
        int sources,
        String figureNote,
        List<String> presentations,
        double score,
        Long claimId,
        List<CandidateMemberView> members) {}
