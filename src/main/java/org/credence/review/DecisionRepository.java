package org.credence.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.credence.annotation.Statement;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import jakarta.persistence.QueryHint;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

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

    /**
     * Every statement's span and label, for agreement (units are spans labelled by several reviewers),
     * streamed and without the document: a million statements must not bring a million document texts.
     */
    @Query("""
            select new org.credence.review.SpanLabelRow(s.document.id, s.start, s.end, s.quote, s.author, s.label)
            from Statement s order by s.document.id, s.start, s.end, s.id""")
    @QueryHints({@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"),
        @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    Stream<SpanLabelRow> streamSpanLabelsInTextOrder();

    /** One document's spans and labels, in text order: its disagreements on demand. */
    @Query("""
            select new org.credence.review.SpanLabelRow(s.document.id, s.start, s.end, s.quote, s.author, s.label)
            from Statement s where s.document.id = :documentId order by s.start, s.end, s.id""")
    Stream<SpanLabelRow> streamSpanLabelsOfDocument(long documentId);

    /** Titles of the documents that have units, for the report. */
    @Query("select d.id, d.title from Document d where d.id in :ids")
    List<Object[]> findTitles(Collection<Long> ids);
}
