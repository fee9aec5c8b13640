package org.credence.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchDecisionRepository extends JpaRepository<MatchDecision, Long> {

    List<MatchDecision> findByStatementId(long statementId);

    Optional<MatchDecision> findByStatementIdAndSpan(long statementId, org.credence.base.domain.TextSpan span);
}
