package org.credence.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.credence.annotation.Presentation;
import org.credence.base.domain.TextSpan;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One place a candidate claim is stated: a sentence of a document, how the text presents it (from the
 * cue lexicon, never from a reviewer's label: candidates must not leak verdicts in blind review), the
 * figures it states, and how alike it is to the rest of the candidate.
 */
@Entity
@Table(name = "claim_candidate_member")
class CandidateMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long candidateId;

    @jakarta.persistence.Embedded
    private TextSpan span;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private String exact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Presentation presentation;

    @Column(length = 1000)
    private String figures;

    @Column(nullable = false)
    private double similarity;

    protected CandidateMember() {}

    CandidateMember(
            long candidateId,
            TextSpan span,
            String exact,
            Presentation presentation,
            String figures,
            double similarity) {
        this.candidateId = candidateId;
        this.span = span;
        this.exact = exact;
        this.presentation = presentation;
        this.figures = figures;
        this.similarity = similarity;
    }

    Long getId() {
        return id;
    }

    long getCandidateId() {
        return candidateId;
    }

    void moveTo(long otherCandidateId) {
        this.candidateId = otherCandidateId;
    }

    TextSpan getSpan() {
        return span;
    }

    String getExact() {
        return exact;
    }

    Presentation getPresentation() {
        return presentation;
    }

    String getFigures() {
        return figures;
    }

    double getSimilarity() {
        return similarity;
    }
}
