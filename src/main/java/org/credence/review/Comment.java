package org.credence.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message in the discussion of a document, or of one statement in it. */
@Entity
@Table(name = "discussion_comment")
class Comment extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long documentId;

    @Column(updatable = false)
    private Long statementId;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Comment() {}

    Comment(long documentId, Long statementId, String author, String body, Instant createdAt) {
        this.documentId = documentId;
        this.statementId = statementId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    CommentView view() {
        return new CommentView(getId(), documentId, statementId, author, body, createdAt);
    }
}
