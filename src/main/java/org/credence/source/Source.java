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

    protected Source() {
    }

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

    void learnDomain(String newDomain) {
        if (domain == null) {
            domain = newDomain;
        }
    }
}
