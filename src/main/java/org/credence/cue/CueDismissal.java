package org.credence.cue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;

/** A cue suggestion one reviewer dismissed; it is not offered to them again. */
@Entity
@Table(name = "cue_dismissal")
class CueDismissal extends AbstractEntity {

    @Column(nullable = false)
    private long documentId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = 100)
    private String dismissedBy;

    @Column(nullable = false)
    private Instant dismissedAt;

    protected CueDismissal() {
    }

    CueDismissal(long documentId, int start, int end, String dismissedBy, Instant dismissedAt) {
        this.documentId = documentId;
        this.start = start;
        this.end = end;
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    int getStart() {
        return start;
    }

    int getEnd() {
        return end;
    }
}
