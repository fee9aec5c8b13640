package org.credence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One revision of a project's guidelines (Markdown). Revisions are never changed: a new one is written. */
@Entity
@Table(name = "project_guidelines")
class ProjectGuidelines extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, length = 100, updatable = false)
    private String writtenBy;

    @Column(nullable = false, updatable = false)
    private Instant writtenAt;

    protected ProjectGuidelines() {}

    ProjectGuidelines(long projectId, int revision, String body, String writtenBy, Instant writtenAt) {
        this.projectId = projectId;
        this.revision = revision;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    GuidelinesView view() {
        return new GuidelinesView(projectId, revision, body, writtenBy, writtenAt);
    }
}
