package org.credence.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementCarryRepository extends JpaRepository<StatementCarry, Long> {

    @Query("select c from StatementCarry c where c.documentId = :documentId order by c.fromStatementId")
    List<StatementCarry> findByDocument(long documentId);
}
