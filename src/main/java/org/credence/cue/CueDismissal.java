package org.credence.cue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.credence.base.domain.TextSpan;

/** A cue suggestion one reviewer dismissed; it is not offered to them again. */
@Entity
@Table(name = "cue_dismissal")
class CueDismissal extends AbstractEntity {

    @jakarta.persistence.Embedded
    private TextSpan span;

    @Column(nullable = false, length = 100)
    private String dismissedBy;

    @Column(nullable = false)
    private Instant dismissedAt;

    protected CueDismissal() {}

    TextSpan getSpan() {
        return span;
    }

    CueDismissal(long documentId, int start, int end, String dismissedBy, Instant dismissedAt) {
        this.span = new TextSpan(documentId, start, end);
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    int getStart() {
        return span.start();
    }

    int getEnd() {
        return span.end();
    }
}
