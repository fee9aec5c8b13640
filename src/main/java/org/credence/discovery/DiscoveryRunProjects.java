package org.credence.discovery;

import java.util.OptionalLong;
import org.credence.project.ProjectOwnedResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which project a discovery run belongs to, for {@code /api/claims/discover/{id}}. */
@Component
class DiscoveryRunProjects implements ProjectOwnedResource {

    private final DiscoveryRunRepository runs;

    DiscoveryRunProjects(DiscoveryRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public String collection() {
        return "discover";
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong projectOf(long id) {
        return runs.findById(id).map(r -> OptionalLong.of(r.getProjectId())).orElse(OptionalLong.empty());
    }

    @Override
    public String notFoundMessage(long id) {
        return new DiscoveryRunNotFoundException(id).getMessage();
    }
}
