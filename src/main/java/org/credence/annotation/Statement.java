package org.credence.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.credence.document.Document;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A highlighted passage of a document with a reviewer's label. Offsets are Unicode code points into
 * the document's stored text; the exact quote is kept so the anchor can be verified.
 */
@Entity
@Table(name = "statement", indexes = @Index(name = "ix_statement_document", columnList = "document_id, start_offset"))
public class Statement extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int start;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int end;

    // Unbounded varchar on H2 and PostgreSQL alike (see V1 migration); a CLOB would differ between them.
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private String quote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Label label;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Statement() {
    }

    Statement(Document document, StatementSpan span, Label label, String author, Instant createdAt) {
        this.document = document;
        this.start = span.start();
        this.end = span.end();
        this.quote = span.quote();
        this.label = label;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Document getDocument() {
        return document;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getQuote() {
        return quote;
    }

    public Label getLabel() {
        return label;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
