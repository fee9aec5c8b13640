package org.credence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The project a person last chose in the header: where they start when they sign in again. */
@Entity
@Table(name = "project_choice")
class ProjectChoice {

    @Id
    @Column(length = 100)
    private String username;

    @Column(nullable = false)
    private long projectId;

    @Column(nullable = false)
    private Instant chosenAt;

    protected ProjectChoice() {}

    ProjectChoice(String username, long projectId, Instant chosenAt) {
        this.username = username;
        this.projectId = projectId;
        this.chosenAt = chosenAt;
    }

    long getProjectId() {
        return projectId;
    }
}
