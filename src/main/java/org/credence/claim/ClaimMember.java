package org.credence.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.annotation.Presentation;
import org.credence.base.domain.AbstractEntity;
import org.credence.base.domain.TextSpan;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A place in a document that states a claim: a span (code points) with how the text presents it, and
 * the labelled statement there, if a reviewer made one.
 */
@Entity
@Table(name = "claim_member")
class ClaimMember extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @jakarta.persistence.Embedded
    private TextSpan span;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private String exact;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Presentation presentation;

    private Long statementId;

    @Column(nullable = false, length = 100)
    private String addedBy;

    @Column(nullable = false)
    private Instant addedAt;

    protected ClaimMember() {}

    TextSpan getSpan() {
        return span;
    }

    ClaimMember(
            Claim claim,
            long documentId,
            int start,
            int end,
            String exact,
            Presentation presentation,
            Long statementId,
            String addedBy,
            Instant addedAt) {
        this.claim = claim;
        this.span = new TextSpan(documentId, start, end);
        this.exact = exact;
        this.presentation = presentation;
        this.statementId = statementId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Claim getClaim() {
        return claim;
    }

    long getDocumentId() {
        return span.documentId();
    }

    int getStart() {
        return span.start();
    }

    int getEnd() {
        return span.end();
    }

    String getExact() {
        return exact;
    }

    Presentation getPresentation() {
        return presentation;
    }

    Long getStatementId() {
        return statementId;
    }

    String getAddedBy() {
        return addedBy;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
