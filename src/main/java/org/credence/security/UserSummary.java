package org.credence.security;

import java.time.Instant;
import java.util.Set;

/** An account as the Admin view and the API show it: never the password hash. */
public record UserSummary(
        long id,
        long version,
        String username,
        String displayName,
        Set<Role> roles,
        boolean active,
        Instant createdAt) {

    static UserSummary of(UserAccount a) {
        return new UserSummary(
                a.getId(),
                a.getVersion(),
                a.getUsername(),
                a.getDisplayName(),
                a.getRoles(),
                a.isActive(),
                a.getCreatedAt());
    }
}
