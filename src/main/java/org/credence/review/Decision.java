package org.credence.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.annotation.Label;
import org.credence.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An editor's decision on one statement; its version detects two editors deciding at once. */
@Entity
@Table(name = "statement_decision")
class Decision extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long statementId;

    /** The statement's document, copied so exports read a document's decisions in one go. */
    @Column(nullable = false, updatable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewState state = ReviewState.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Label goldLabel;

    /** Where the editor says the statement is, when not where this reviewer put it; code points. */
    private Integer goldStart;

    private Integer goldEnd;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String reason;

    @Column(length = 100)
    private String decidedBy;

    private Instant decidedAt;

    protected Decision() {}

    Decision(long statementId, long documentId) {
        this.statementId = statementId;
        this.documentId = documentId;
    }

    /** @param span the gold span, null for the statement's own */
    void approve(Label gold, GoldSpan span, String reason, String by, Instant at) {
        state = state.moveTo(ReviewState.APPROVED);
        goldLabel = gold;
        goldStart = span == null ? null : span.start();
        goldEnd = span == null ? null : span.end();
        record(reason, by, at);
    }

    void reject(String reason, String by, Instant at) {
        state = state.moveTo(ReviewState.REJECTED);
        clearGold();
        record(reason, by, at);
    }

    /** A reviewer changed the statement: it needs a new decision. */
    void reopen() {
        state = state.moveTo(ReviewState.PROPOSED);
        clearGold();
    }

    private void clearGold() {
        goldLabel = null;
        goldStart = null;
        goldEnd = null;
    }

    GoldSpan getGoldSpan() {
        return goldStart == null ? null : new GoldSpan(goldStart, goldEnd);
    }

    private void record(String reason, String by, Instant at) {
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    long getDocumentId() {
        return documentId;
    }

    long getStatementId() {
        return statementId;
    }

    ReviewState getState() {
        return state;
    }

    Label getGoldLabel() {
        return goldLabel;
    }

    String getReason() {
        return reason;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
