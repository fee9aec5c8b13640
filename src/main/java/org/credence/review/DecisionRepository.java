package org.credence.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findByStatementId(long statementId);

    List<Decision> findByStatementIdIn(Collection<Long> statementIds);

    /** Statements an editor has decided (approved, overridden or rejected, not sent back). */
    @Query("select x.statementId from Decision x where x.statementId in :statementIds"
            + " and x.state <> org.credence.review.ReviewState.PROPOSED")
    List<Long> findDecidedAmong(Collection<Long> statementIds);

    @Query("select x.statementId from Decision x where x.state <> org.credence.review.ReviewState.PROPOSED")
    List<Long> findDecidedStatementIds();

    /** Decisions sent back to the queue (a reviewer changed the statement): their versions guard the next decision. */
    List<Decision> findByState(ReviewState state);
}
