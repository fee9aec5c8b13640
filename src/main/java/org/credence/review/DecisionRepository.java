package org.credence.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.credence.annotation.Statement;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findByStatementId(long statementId);

    List<Decision> findByStatementIdIn(Collection<Long> statementIds);

    /** Statements no editor has decided (no decision, or sent back to PROPOSED), in text order. */
    @Query("""
            select s from Statement s join fetch s.document d
            where not exists (select x.id from Decision x where x.statementId = s.id
                              and x.state <> org.credence.review.ReviewState.PROPOSED)
            order by d.id, s.start, s.end, s.id""")
    List<Statement> findUndecidedStatements();

    /** Every statement, for agreement: units are spans labelled by several reviewers. */
    @Query("select s from Statement s join fetch s.document d order by d.id, s.start, s.end, s.id")
    List<Statement> findAllStatementsInTextOrder();
}
