package org.credence.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;

/**
 * A claim discovery proposes: places in several documents that seem to state the same thing, ranked by
 * what a team should look at first. Its members are {@link CandidateMember}s; the ranking fields are
 * recomputed whenever they change.
 */
@Entity
@Table(name = "claim_candidate")
class ClaimCandidate extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidateStatus status = CandidateStatus.OPEN;

    @Column(nullable = false, length = 1000)
    private String wording;

    @Column(nullable = false)
    private boolean edited;

    @Column(nullable = false)
    private int documents;

    @Column(nullable = false)
    private int sources;

    @Column(length = 1000)
    private String figureNote;

    @Column(nullable = false, length = 200)
    private String presentations;

    @Column(nullable = false)
    private double score;

    private Long claimId;

    @Column(length = 100)
    private String decidedBy;

    private Instant decidedAt;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected ClaimCandidate() {}

    ClaimCandidate(long projectId, Instant createdAt) {
        this.projectId = projectId;
        this.createdAt = createdAt;
    }

    void rank(CandidateRanking.Ranked ranked) {
        this.wording = ranked.wording();
        this.documents = ranked.documents();
        this.sources = ranked.sources();
        this.figureNote = ranked.figureNote();
        this.presentations = ranked.presentations();
        this.score = ranked.score();
    }

    void markEdited() {
        this.edited = true;
    }

    void accept(long claimId, String by, Instant at) {
        this.status = CandidateStatus.ACCEPTED;
        this.claimId = claimId;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void dismiss(String by, Instant at) {
        this.status = CandidateStatus.DISMISSED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    long getProjectId() {
        return projectId;
    }

    CandidateStatus getStatus() {
        return status;
    }

    String getWording() {
        return wording;
    }

    boolean isEdited() {
        return edited;
    }

    int getDocuments() {
        return documents;
    }

    int getSources() {
        return sources;
    }

    String getFigureNote() {
        return figureNote;
    }

    String getPresentations() {
        return presentations;
    }

    double getScore() {
        return score;
    }

    Long getClaimId() {
        return claimId;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
