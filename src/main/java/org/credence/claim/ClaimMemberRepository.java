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

    boolean existsByClaimIdAndSpan(long claimId, org.credence.base.domain.TextSpan span);

    /** Rows of (claim id, member id, statement id), newest claim first; member id null for a claim without members. */
    @Query("select c.id, m.id, m.statementId from Claim c left join ClaimMember m on m.claim = c"
            + " where c.projectId = :projectId order by c.id desc, m.id")
    List<Object[]> findClaimIdsWithStatementIds(long projectId);

    @Query("select m.claim.id from ClaimMember m where m.statementId = :statementId")
    Optional<Long> findClaimIdOfStatement(long statementId);
}
