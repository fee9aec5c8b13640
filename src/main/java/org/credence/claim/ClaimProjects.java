package org.credence.claim;

import java.util.OptionalLong;
import org.credence.project.ProjectOwnedResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which project a claim belongs to, for requests that address it by id ({@code /api/claims/4}). */
@Component
class ClaimProjects implements ProjectOwnedResource {

    private final ClaimRepository claims;

    ClaimProjects(ClaimRepository claims) {
        this.claims = claims;
    }

    @Override
    public String collection() {
        return "claims";
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong projectOf(long id) {
        return claims.findProjectId(id).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public String notFoundMessage(long id) {
        return "Claim " + id + " does not exist.";
    }
}
