package org.credence.annotation;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.hibernate.jpa.HibernateHints;
import jakarta.persistence.QueryHint;

interface StatementRepository extends JpaRepository<Statement, Long> {

    @Query("select s from Statement s where s.document.id = :documentId order by s.start, s.end, s.id")
    List<Statement> findByDocumentInTextOrder(long documentId);

    /** The whole corpus in a stable order, streamed so exports never hold it in memory. */
    @Query("""
            select new org.credence.annotation.CorpusStatement(s.id, d.id, d.title, d.sha256, s.start, s.end, s.quote,
                s.label, s.author, s.createdAt)
            from Statement s join s.document d order by d.id, s.start, s.end, s.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
    Stream<CorpusStatement> streamCorpus();
}
