package org.credence.export;

import jakarta.persistence.EntityManager;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Repository;

/**
 * The export query: statements with their document and the editors' decision, in a stable order,
 * streamed from an open cursor so a large corpus never sits in memory. It names other features'
 * entities only in JPQL, reading them, never changing them.
 */
@Repository
class ExportRepository {

    private static final String QUERY = """
            select new org.credence.export.ExportRecord(s.id, d.id, d.title, d.sha256, d.author, d.publishedDate,
                s.start, s.end, s.quote, s.prefix, s.suffix, s.label, s.presentation, s.rationale,
                s.attributionSource, s.attributionCue, s.tags, s.author, s.createdAt, s.modifiedAt,
                x.state, x.goldLabel, x.decidedBy, x.decidedAt)
            from Statement s join s.document d left join Decision x on x.statementId = s.id
            where (:approvedOnly = false or x.state = org.credence.review.ReviewState.APPROVED)
            order by d.id, s.start, s.end, s.id""";

    private final EntityManager entityManager;

    ExportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Documents in id order, with their full text: for dataset exports. Same transaction rules. */
    Stream<DatasetDocument> streamDocuments() {
        return entityManager.createQuery("select new org.credence.export.DatasetDocument(d.id, d.title, d.author,"
                        + " d.publishedDate, d.originalFileName, d.contentType, d.sha256, d.textSha256, d.text)"
                        + " from Document d order by d.id", DatasetDocument.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 50)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /** Must be consumed and closed inside a read-only transaction. */
    Stream<ExportRecord> stream(ExportOptions options) {
        return entityManager.createQuery(QUERY, ExportRecord.class)
                .setParameter("approvedOnly", options.status() == ExportOptions.Status.APPROVED)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }
}
