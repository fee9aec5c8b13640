package org.credence.project;

import java.time.Instant;
import java.util.Set;
import org.credence.security.Role;

/**
 * A project as its members see it.
 *
 * @param myRoles the reader's roles in it (empty for an administrator who is not a member)
 */
public record ProjectView(
        long id,
        long version,
        String name,
        String description,
        ProjectSettings settings,
        String createdBy,
        Instant createdAt,
        Set<Role> myRoles) {}
