package org.credence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.credence.base.domain.AbstractEntity;
import org.credence.security.Role;

/** One role one person holds in one project (a person may hold several there, and others elsewhere). */
@Entity
@Table(name = "project_member")
class ProjectMember extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Role role;

    @Column(nullable = false, length = 100, updatable = false)
    private String addedBy;

    @Column(nullable = false, updatable = false)
    private Instant addedAt;

    protected ProjectMember() {}

    ProjectMember(long projectId, String username, Role role, String addedBy, Instant addedAt) {
        this.projectId = projectId;
        this.username = username;
        this.role = role;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    long getProjectId() {
        return projectId;
    }

    String getUsername() {
        return username;
    }

    Role getRole() {
        return role;
    }
}
