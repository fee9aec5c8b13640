package org.credence.discovery.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.credence.base.web.Paging;
import org.credence.discovery.CandidatePage;
import org.credence.discovery.CandidateView;
import org.credence.discovery.DiscoveryRunView;
import org.credence.discovery.DiscoveryService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Automatic claim discovery: start a run, follow it, and work through the candidates it proposed. */
@RestController
class DiscoveryController {

    private final DiscoveryService discovery;

    DiscoveryController(DiscoveryService discovery) {
        this.discovery = discovery;
    }

    /** 202 with the run (already going, or just started); its Location is where to follow it. */
    @PostMapping({"/api/claims/discover", "/api/projects/{projectId}/claims/discover"})
    ResponseEntity<DiscoveryRunView> discover() {
        DiscoveryRunView run = discovery.start();
        return ResponseEntity.accepted()
                .location(URI.create("/api/claims/discover/" + run.id()))
                .body(run);
    }

    @GetMapping("/api/claims/discover/{runId}")
    DiscoveryRunView run(@PathVariable long runId) {
        return discovery.run(runId);
    }

    @GetMapping({"/api/claims/candidates", "/api/projects/{projectId}/claims/candidates"})
    CandidatePage candidates(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging.of(page, size, "candidate");
        return discovery.candidates(page, size);
    }

    @GetMapping("/api/claims/candidates/{id}")
    CandidateView candidate(@PathVariable long id) {
        return discovery.get(id);
    }

    /** 201: the candidate, accepted, with the id of the claim it became. */
    @PostMapping("/api/claims/candidates/{id}/accept")
    ResponseEntity<CandidateView> accept(@PathVariable long id) {
        CandidateView accepted = discovery.accept(id);
        return ResponseEntity.created(URI.create("/api/claims/" + accepted.claimId()))
                .body(accepted);
    }

    @PostMapping("/api/claims/candidates/{id}/dismiss")
    CandidateView dismiss(@PathVariable long id) {
        return discovery.dismiss(id);
    }

    @DeleteMapping("/api/claims/candidates/{id}/members/{memberId}")
    CandidateView removeMember(@PathVariable long id, @PathVariable long memberId) {
        return discovery.removeMember(id, memberId);
    }

    @PostMapping("/api/claims/candidates/{id}/merge")
    CandidateView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        return discovery.merge(id, request.other());
    }

    /** 201: the new candidate holding the members named. */
    @PostMapping("/api/claims/candidates/{id}/split")
    ResponseEntity<CandidateView> split(@PathVariable long id, @Valid @RequestBody SplitRequest request) {
        CandidateView part = discovery.split(id, request.members());
        return ResponseEntity.created(URI.create("/api/claims/candidates/" + part.id()))
                .body(part);
    }

    record MergeRequest(@NotNull Long other) {}

    record SplitRequest(@NotNull List<Long> members) {}
}
