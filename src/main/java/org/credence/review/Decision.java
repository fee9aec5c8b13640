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

    void approve(Label gold, String reason, String by, Instant at) {
        state = state.moveTo(ReviewState.APPROVED);
        goldLabel = gold;
        record(reason, by, at);
    }

    void reject(String reason, String by, Instant at) {
        state = state.moveTo(ReviewState.REJECTED);
        goldLabel = null;
        record(reason, by, at);
    }

    /** A reviewer changed the statement: it needs a new decision. */
    void reopen() {
        state = state.moveTo(ReviewState.PROPOSED);
        goldLabel = null;
    }

    private void record(String reason, String by, Instant at) {
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
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
