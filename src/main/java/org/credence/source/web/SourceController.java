package org.credence.source.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.credence.security.CurrentUser;
import org.credence.source.SourceService;
import org.credence.source.SourceSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sources with their document counts and Admiralty reliability grades. */
@RestController
class SourceController {

    private final SourceService sources;
    private final CurrentUser currentUser;

    SourceController(SourceService sources, CurrentUser currentUser) {
        this.sources = sources;
        this.currentUser = currentUser;
    }

    @GetMapping({"/api/sources", "/api/projects/{projectId}/sources"})
    List<SourceSummary> list() {
        return sources.list();
    }

    /** Editors and admins: reliability A–F with the reason (null grade: ungraded), with the version read. */
    @PutMapping("/api/sources/{id}/grade")
    SourceSummary grade(@PathVariable long id, @Valid @RequestBody GradeRequest request) {
        return sources.grade(
                id,
                request.version(),
                org.credence.source.Reliability.parse(request.reliability()),
                request.rationale(),
                currentUser.name());
    }

    record GradeRequest(
            String reliability, String rationale, @NotNull Long version) {}
}
