package org.credence.export;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;
import org.credence.annotation.Label;
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
            select new org.credence.export.ExportRecord(s.id, d.id, d.title, d.sha256, d.author, src.id, src.name,
                src.reliability, d.url, d.publishedDate,
                s.start, s.end, s.quote, s.prefix, s.suffix, s.label, s.presentation, s.rationale,
                s.attributionSource, s.attributionCue, s.tags, s.author, s.createdAt, s.modifiedAt,
                x.state, x.goldLabel, x.decidedBy, x.decidedAt, s.credibility, cl.id)
            from Statement s join s.document d left join d.source src left join Decision x on x.statementId = s.id
              left join ClaimMember cm on cm.statementId = s.id left join cm.claim cl
            where (:approvedOnly = false or x.state = org.credence.review.ReviewState.APPROVED)
              and (:anyLabel = true or coalesce(x.goldLabel, s.label) in :labels)
              and (:anyReviewer = true or s.author = :reviewer)
              and (:anyDocument = true or d.id in :documentIds)
              and (:anySource = true or src.id in :sourceIds)
              and s.createdAt >= :from and s.createdAt < :to
            order by d.id, s.start, s.end, s.id""";

    private final EntityManager entityManager;

    ExportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Documents in id order, with their full text: for dataset exports. Same transaction rules. */
    Stream<DatasetDocument> streamDocuments() {
        return entityManager.createQuery("select new org.credence.export.DatasetDocument(d.id, d.title, d.author,"
                        + " src.id, src.name, src.domain, d.publisher, d.url, d.language,"
                        + " d.publishedDate, d.originalFileName, d.contentType, d.sha256, d.textSha256, d.text)"
                        + " from Document d left join d.source src order by d.id", DatasetDocument.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 50)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /** Must be consumed and closed inside a read-only transaction. */
    Stream<ExportRecord> stream(ExportOptions options) {
        return entityManager.createQuery(QUERY, ExportRecord.class)
                .setParameter("approvedOnly", options.status() == ExportOptions.Status.APPROVED)
                .setParameter("anyLabel", options.labels().isEmpty())
                // An IN list may not be empty: a placeholder that the any-flag makes irrelevant.
                .setParameter("labels", options.labels().isEmpty() ? Set.of(Label.CONFIRMED) : options.labels())
                .setParameter("anyReviewer", options.reviewer() == null)
                .setParameter("reviewer", options.reviewer() == null ? "" : options.reviewer())
                .setParameter("anyDocument", options.documentIds().isEmpty())
                .setParameter("documentIds", options.documentIds().isEmpty() ? Set.of(-1L) : options.documentIds())
                .setParameter("anySource", options.sourceIds().isEmpty())
                .setParameter("sourceIds", options.sourceIds().isEmpty() ? Set.of(-1L) : options.sourceIds())
                .setParameter("from", options.from() == null ? Instant.EPOCH
                        : options.from().atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("to", options.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
                        : options.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }
}
