package org.credence.discovery;

import java.util.List;
import java.util.Map;
import org.credence.document.DocumentRef;
import org.credence.document.DocumentService;
import org.springframework.stereotype.Component;

/** Ranks a stored candidate again after its members changed (callers hold the transaction). */
@Component
class CandidateRanker {

    private final ClaimCandidateRepository candidates;
    private final CandidateMemberRepository members;
    private final DocumentService documents;

    CandidateRanker(ClaimCandidateRepository candidates, CandidateMemberRepository members, DocumentService documents) {
        this.candidates = candidates;
        this.members = members;
        this.documents = documents;
    }

    void rerank(long candidateId) {
        candidates.findById(candidateId).ifPresent(candidate -> {
            List<CandidateMember> rows = members.findByCandidateIdOrderBySimilarityDescIdAsc(candidateId);
            Map<Long, DocumentRef> refs = documents.refs(
                    rows.stream().map(m -> m.getSpan().documentId()).distinct().toList());
            candidate.rank(CandidateRanking.rank(rows.stream()
                    .map(m -> {
                        DocumentRef ref = refs.get(m.getSpan().documentId());
                        return new CandidateRanking.Member(
                                m.getSpan().documentId(),
                                ref == null || ref.source() == null
                                        ? null
                                        : ref.source().id(),
                                m.getExact(),
                                m.getPresentation(),
                                m.getSimilarity());
                    })
                    .toList()));
        });
    }
}
