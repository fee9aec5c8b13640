package org.credence.annotation;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface StatementRepository extends JpaRepository<Statement, Long> {

    @Query("select s from Statement s where s.documentId = :documentId order by s.start, s.end, s.id")
    List<Statement> findByDocumentInTextOrder(long documentId);

    /** Rows of (document id, statement count). */
    @Query("select s.id, s.documentId, s.author from Statement s where s.documentId in :documentIds")
    List<Object[]> idsAndAuthorsOn(Collection<Long> documentIds);

    @Query("select s.id from Statement s where s.projectId = :projectId and s.author = :author")
    List<Long> findIdsByProjectIdAndAuthor(long projectId, String author);

    /** Rows of (document id, count of the author's statements). */
    @Query("""
            select s.documentId, count(s.id) from Statement s
            where s.documentId in :documentIds and s.author = :author group by s.documentId""")
    List<Object[]> countByDocumentAndAuthor(Collection<Long> documentIds, String author);

    /** Every statement's span and label in text order, streamed (the caller's read-only transaction keeps the cursor). */
    @Query("""
            select new org.credence.annotation.LabelledSpan(s.id, s.documentId, s.start, s.end, s.quote, s.author, s.label, s.presentation, s.credibility)
            from Statement s where s.projectId = :projectId order by s.documentId, s.start, s.end, s.id""")
    @QueryHints({
        @QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"),
        @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")
    })
    Stream<LabelledSpan> streamLabelledSpans(long projectId);

    @Query("select s.projectId from Statement s where s.id = :id")
    java.util.Optional<Long> findProjectId(long id);

    @Query("""
            select new org.credence.annotation.LabelledSpan(s.id, s.documentId, s.start, s.end, s.quote, s.author, s.label, s.presentation, s.credibility)
            from Statement s where s.projectId = :projectId and s.documentId = :documentId
            order by s.start, s.end, s.id""")
    Stream<LabelledSpan> streamLabelledSpansOfDocument(long projectId, long documentId);
}
