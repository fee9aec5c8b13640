package org.credence.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

    @Query("select s from Statement s where s.document.id = :documentId order by s.start, s.end, s.id")
    List<Statement> findByDocumentInTextOrder(long documentId);

    /** Rows of (document id, statement count). */
    @Query("select s.document.id, count(s.id) from Statement s where s.document.id in :documentIds group by s.document.id")
    List<Object[]> countByDocument(java.util.Collection<Long> documentIds);

    /** Rows of (document id, count of the author's statements). */
    @Query("""
            select s.document.id, count(s.id) from Statement s
            where s.document.id in :documentIds and s.author = :author group by s.document.id""")
    List<Object[]> countByDocumentAndAuthor(java.util.Collection<Long> documentIds, String author);
}
