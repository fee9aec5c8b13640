package org.credence.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

    @Query("select s from Statement s where s.document.id = :documentId order by s.start, s.end, s.id")
    List<Statement> findByDocumentInTextOrder(long documentId);
}
