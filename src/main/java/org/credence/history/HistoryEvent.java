package org.credence.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One thing that happened, with who, when, and the subject before and after (JSON). Never changed. */
@Entity
@Immutable
@Table(name = "history_event")
class HistoryEvent extends AbstractEntity {

    @Column(nullable = false, length = 20)
    private String subjectType;

    private long subjectId;

    private long documentId;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(nullable = false, length = 100)
    private String actor;

    /** Who made the statement this line is about: what blind review decides by. */
    @Column(length = 100)
    private String subjectAuthor;

    @Column(nullable = false)
    private Instant occurredAt;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String beforeState;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String afterState;

    protected HistoryEvent() {}

    HistoryEvent(
            String subjectType,
            long subjectId,
            long documentId,
            String subjectAuthor,
            String action,
            String actor,
            Instant occurredAt,
            String beforeState,
            String afterState) {
        this.subjectType = subjectType;
        this.subjectAuthor = subjectAuthor;
        this.subjectId = subjectId;
        this.documentId = documentId;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    long getDocumentId() {
        return documentId;
    }

    String getSubjectAuthor() {
        return subjectAuthor;
    }

    HistoryEntry view() {
        return new HistoryEntry(
                getId(), subjectType, subjectId, documentId, action, actor, occurredAt, beforeState, afterState);
    }
}
