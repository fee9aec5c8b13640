package org.credence.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;

/** One run of claim discovery over a project: who started it, how far it got, what it found. */
@Entity
@Table(name = "claim_discovery_run")
class DiscoveryRun extends AbstractEntity {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    @Column(nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = 100, updatable = false)
    private String startedBy;

    @Column(nullable = false, updatable = false)
    private Instant startedAt;

    private Instant finishedAt;

    @Column(nullable = false, length = 20)
    private String status = RUNNING;

    @Column(nullable = false)
    private int documentsTotal;

    @Column(nullable = false)
    private int documentsDone;

    @Column(nullable = false)
    private int candidates;

    @Column(length = 1000)
    private String message;

    protected DiscoveryRun() {}

    DiscoveryRun(long projectId, String startedBy, Instant startedAt, int documentsTotal) {
        this.projectId = projectId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.documentsTotal = documentsTotal;
    }

    void progress(int done, String note) {
        this.documentsDone = done;
        this.message = note;
    }

    void finish(int found, Instant at) {
        this.status = DONE;
        this.documentsDone = documentsTotal;
        this.candidates = found;
        this.finishedAt = at;
        this.message = null;
    }

    void fail(String why, Instant at) {
        this.status = FAILED;
        this.message = why.length() > 1000 ? why.substring(0, 999) + "…" : why;
        this.finishedAt = at;
    }

    DiscoveryRunView view() {
        return new DiscoveryRunView(
                getId(), startedBy, startedAt, finishedAt, status, documentsTotal, documentsDone, candidates, message);
    }

    long getProjectId() {
        return projectId;
    }

    String getStatus() {
        return status;
    }
}
