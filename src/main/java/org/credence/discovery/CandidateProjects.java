package org.credence.discovery;

import java.util.OptionalLong;
import org.credence.project.ProjectOwnedResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which project a candidate belongs to, for {@code /api/claims/candidates/{id}/…}. */
@Component
class CandidateProjects implements ProjectOwnedResource {

    private final ClaimCandidateRepository candidates;

    CandidateProjects(ClaimCandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Override
    public String collection() {
        return "candidates";
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong projectOf(long id) {
        return candidates
                .findById(id)
                .map(c -> OptionalLong.of(c.getProjectId()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public String notFoundMessage(long id) {
        return new CandidateNotFoundException(id).getMessage();
    }
}
