package org.credence.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimMemberRepository extends JpaRepository<ClaimMember, Long> {

    List<ClaimMember> findByClaimIdOrderByIdAsc(long claimId);

    List<ClaimMember> findByClaimIdIn(Collection<Long> claimIds);

    Optional<ClaimMember> findByStatementId(long statementId);

    boolean existsByClaimIdAndDocumentIdAndStartAndEnd(long claimId, long documentId, int start, int end);

    @Query("select m.claim.id from ClaimMember m where m.statementId = :statementId")
    Optional<Long> findClaimIdOfStatement(long statementId);
}
