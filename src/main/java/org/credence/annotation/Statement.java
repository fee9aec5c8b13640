package org.credence.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.credence.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A highlighted passage of a document with a reviewer's label. Offsets are Unicode code points into
 * the document's stored text; the exact quote is kept so the anchor can be verified.
 */
@Entity
@Table(name = "statement", indexes = @Index(name = "ix_statement_document", columnList = "document_id, start_offset"))
public class Statement extends AbstractEntity {

    // An id, not the Document entity: the document feature owns its table and is asked through its service.
    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    // The document's project, copied so per-project reads filter on an indexed column of their own.
    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int start;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int end;

    // Unbounded varchar on H2 and PostgreSQL alike (see V1 migration); a CLOB would differ between them.
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private String quote;

    @Column(name = "quote_prefix", length = 200, updatable = false)
    private String prefix;

    @Column(name = "quote_suffix", length = 200, updatable = false)
    private String suffix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Label label;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Presentation presentation;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String rationale;

    @Column(length = 300)
    private String attributionSource;

    @Column(length = 100)
    private String attributionCue;

    /** Sorted, comma-separated; {@link StatementDetails} guarantees no tag contains a comma. */
    @Column(length = 1000)
    private String tags;

    @Column(length = 2000)
    private String evidenceUrl;

    private Long evidenceStatementId;

    /** Admiralty information credibility, 1 (confirmed by other sources) to 6 (cannot be judged). */
    @jakarta.persistence.Convert(converter = CredibilityColumn.class)
    private Credibility credibility;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(length = 100)
    private String modifiedBy;

    private Instant modifiedAt;

    protected Statement() {}

    Statement(
            long projectId,
            long documentId,
            StatementSpan span,
            StatementDetails details,
            String author,
            Instant createdAt) {
        this.projectId = projectId;
        this.documentId = documentId;
        this.start = span.start();
        this.end = span.end();
        this.quote = span.quote();
        this.prefix = span.prefix();
        this.suffix = span.suffix();
        this.author = author;
        this.createdAt = createdAt;
        apply(details);
    }

    void change(StatementDetails details, String by, Instant at) {
        apply(details);
        this.modifiedBy = by;
        this.modifiedAt = at;
    }

    private void apply(StatementDetails details) {
        this.label = details.label();
        this.presentation = details.presentation();
        this.rationale = details.rationale();
        this.attributionSource = details.attributionSource();
        this.attributionCue = details.attributionCue();
        this.tags = details.tags().isEmpty() ? null : String.join(",", details.tags());
        this.evidenceUrl = details.evidenceUrl();
        this.evidenceStatementId = details.evidenceStatementId();
        this.credibility = details.credibility();
    }

    public StatementDetails getDetails() {
        return new StatementDetails(
                label,
                presentation,
                rationale,
                attributionSource,
                attributionCue,
                tags == null ? List.of() : List.of(tags.split(",")),
                evidenceUrl,
                evidenceStatementId,
                credibility);
    }

    public long getDocumentId() {
        return documentId;
    }

    long getProjectId() {
        return projectId;
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

    public String getPrefix() {
        return prefix;
    }

    public String getSuffix() {
        return suffix;
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

    public String getModifiedBy() {
        return modifiedBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }
}
