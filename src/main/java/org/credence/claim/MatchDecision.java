package org.credence.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.credence.base.domain.TextSpan;

/** A person's answer to a suggested match: the same claim, or not. A rejected pair is never suggested again. */
@Entity
@Table(name = "match_decision")
class MatchDecision extends AbstractEntity {

    enum Kind {
        CONFIRMED,
        REJECTED
    }

    @Column(nullable = false)
    private long statementId;

    @jakarta.persistence.Embedded
    private TextSpan span;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind decision;

    @Column(nullable = false, length = 100)
    private String decidedBy;

    @Column(nullable = false)
    private Instant decidedAt;

    protected MatchDecision() {}

    TextSpan getSpan() {
        return span;
    }

    MatchDecision(
            long statementId, long documentId, int start, int end, Kind decision, String decidedBy, Instant decidedAt) {
        this.statementId = statementId;
        this.span = new TextSpan(documentId, start, end);
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
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

    Kind getDecision() {
        return decision;
    }
}
