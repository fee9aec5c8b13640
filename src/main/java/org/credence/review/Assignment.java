package org.credence.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;

/** A document given to a reviewer; done when the reviewer says so. */
@Entity
@Table(name = "assignment")
class Assignment extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false, length = 100, updatable = false)
    private String reviewer;

    @Column(nullable = false, length = 100, updatable = false)
    private String assignedBy;

    @Column(nullable = false, updatable = false)
    private Instant assignedAt;

    private Instant doneAt;

    protected Assignment() {}

    Assignment(long documentId, String reviewer, String assignedBy, Instant assignedAt) {
        this.documentId = documentId;
        this.reviewer = reviewer;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void markDone(Instant at) {
        doneAt = at;
    }

    long getDocumentId() {
        return documentId;
    }

    String getReviewer() {
        return reviewer;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    boolean isDone() {
        return doneAt != null;
    }
}
