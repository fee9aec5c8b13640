package org.credence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One investigation: its name, description and settings. Members and guidelines are rows of their own. */
@Entity
@Table(name = "project")
class Project extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String description;

    @Column(nullable = false)
    private boolean blindMode;

    @Column(nullable = false)
    private int reviewersPerDocument;

    @Column(nullable = false)
    private boolean reviewersMayImport;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String cueLexiconExtension;

    @Column(nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Project() {}

    Project(String name, String description, ProjectSettings settings, String createdBy, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        apply(settings);
    }

    void describe(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void apply(ProjectSettings settings) {
        this.blindMode = settings.blindMode();
        this.reviewersPerDocument = settings.reviewersPerDocument();
        this.reviewersMayImport = settings.reviewersMayImport();
        this.cueLexiconExtension = settings.cueLexiconExtension();
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    ProjectSettings settings() {
        return new ProjectSettings(blindMode, reviewersPerDocument, reviewersMayImport, cueLexiconExtension);
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
