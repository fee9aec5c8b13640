package org.credence.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.credence.base.domain.AbstractEntity;

/** A publisher that documents come from, known by its web domain, its name, or both. */
@Entity
@Table(name = "source")
public class Source extends AbstractEntity {

    @Column(nullable = false, length = 300)
    private String name;

    /** Lower case, without "www."; null for sources known only by name. */
    @Column(length = 255)
    private String domain;

    @Column(nullable = false)
    private Instant createdAt;

    /** Admiralty source reliability: A (completely reliable) to F (cannot be judged). */
    @Column(length = 1)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @org.hibernate.annotations.JdbcTypeCode(
            org.hibernate.type.SqlTypes.VARCHAR) // varchar(1), not char(1), as V9 made it
    private Reliability reliability;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
    private String reliabilityRationale;

    @Column(length = 100)
    private String gradedBy;

    private Instant gradedAt;

    protected Source() {}

    Source(String name, String domain, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.domain = domain;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public String getDomain() {
        return domain;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void grade(Reliability grade, String rationale, String by, Instant at) {
        this.reliability = grade;
        this.reliabilityRationale = rationale;
        this.gradedBy = grade == null ? null : by;
        this.gradedAt = grade == null ? null : at;
    }

    public Reliability getReliability() {
        return reliability;
    }

    public String getReliabilityRationale() {
        return reliabilityRationale;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    void learnDomain(String newDomain) {
        if (domain == null) {
            domain = newDomain;
        }
    }
}
