package org.credence.claim;

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

/**
 * One assertion across documents, in an editor's canonical wording. Its status is derived from its
 * members' verdicts unless an editor has made the final call.
 */
@Entity
@Table(name = "claim")
class Claim extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = 1000)
    private String wording;

    @Column(nullable = false, length = 100)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Label finalLabel;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String finalNote;

    @Column(length = 100)
    private String finalBy;

    private Instant finalAt;

    protected Claim() {}

    Claim(long projectId, String wording, String createdBy, Instant createdAt) {
        this.projectId = projectId;
        this.wording = wording;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long getProjectId() {
        return projectId;
    }

    void reword(String newWording) {
        this.wording = newWording;
    }

    /** The editor's final call on the claim; null label withdraws it. */
    void decide(Label label, String note, String editor, Instant when) {
        this.finalLabel = label;
        this.finalNote = label == null ? null : note;
        this.finalBy = label == null ? null : editor;
        this.finalAt = label == null ? null : when;
    }

    String getWording() {
        return wording;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Label getFinalLabel() {
        return finalLabel;
    }

    String getFinalNote() {
        return finalNote;
    }

    String getFinalBy() {
        return finalBy;
    }

    Instant getFinalAt() {
        return finalAt;
    }
}
