package org.credence.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What became of one statement of an earlier version of an article when a later version was imported.
 * Keeps the author, label and quote itself, so the list survives the earlier statement being deleted.
 */
@Entity
@Table(name = "statement_carry")
class StatementCarry extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "previous_document_id", nullable = false, updatable = false)
    private long previousDocumentId;

    @Column(name = "from_statement_id", nullable = false, updatable = false)
    private long fromStatementId;

    @Column(name = "statement_id", updatable = false)
    private Long statementId;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Label label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CarryOutcome outcome;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private String quote;

    @Column(name = "carried_by", nullable = false, length = 100, updatable = false)
    private String carriedBy;

    @Column(name = "carried_at", nullable = false, updatable = false)
    private Instant carriedAt;

    protected StatementCarry() {}

    StatementCarry(Statement from, long documentId, Long statementId, CarryOutcome outcome, String by, Instant at) {
        this.projectId = from.getProjectId();
        this.documentId = documentId;
        this.previousDocumentId = from.getDocumentId();
        this.fromStatementId = from.getId();
        this.statementId = statementId;
        this.author = from.getAuthor();
        this.label = from.getDetails().label();
        this.outcome = outcome;
        this.quote = from.getQuote();
        this.carriedBy = by;
        this.carriedAt = at;
    }

    long getDocumentId() {
        return documentId;
    }

    long getPreviousDocumentId() {
        return previousDocumentId;
    }

    String getAuthor() {
        return author;
    }

    CarriedStatement view() {
        return new CarriedStatement(
                fromStatementId, previousDocumentId, statementId, author, label, outcome, quote, carriedBy, carriedAt);
    }
}
