package org.credence.discovery;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CandidateMemberRepository extends JpaRepository<CandidateMember, Long> {

    List<CandidateMember> findByCandidateIdInOrderBySimilarityDescIdAsc(Collection<Long> candidateIds);

    List<CandidateMember> findByCandidateIdOrderBySimilarityDescIdAsc(long candidateId);

    @Modifying
    @Query("delete from CandidateMember m where m.candidateId in :candidateIds")
    void deleteByCandidateIds(Collection<Long> candidateIds);
}
