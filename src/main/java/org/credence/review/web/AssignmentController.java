package org.credence.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.credence.review.AssignmentService;
import org.credence.review.MyAssignment;
import org.credence.review.ReviewSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AssignmentController {

    private final AssignmentService assignments;
    private final ReviewSettings settings;

    AssignmentController(AssignmentService assignments, ReviewSettings settings) {
        this.assignments = assignments;
        this.settings = settings;
    }

    @PostMapping("/api/documents/{documentId}/assignments")
    List<String> assign(@PathVariable long documentId, @Valid @RequestBody ByHand request) {
        assignments.assign(documentId, request.reviewer());
        return assignments.reviewersOf(documentId);
    }

    @PostMapping({"/api/assignments/auto", "/api/projects/{projectId}/assignments/auto"})
    Map<String, Integer> assignAutomatically(@RequestBody Automatic request) {
        return Map.of("assignments", assignments.assignAutomatically(request.reviewers(), request.perDocument()));
    }

    @GetMapping({"/api/my/queue", "/api/projects/{projectId}/my/queue"})
    List<MyAssignment> myQueue() {
        return assignments.myQueue();
    }

    @PostMapping("/api/documents/{documentId}/done")
    ResponseEntity<Void> markDone(@PathVariable long documentId) {
        assignments.markDone(documentId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping({"/api/review/settings", "/api/projects/{projectId}/review/settings"})
    Map<String, Boolean> settings(@Valid @RequestBody Settings request) {
        settings.setBlindMode(request.blindMode());
        return Map.of("blindMode", settings.blindMode());
    }

    record ByHand(@NotNull String reviewer) {}

    /** Either may be left out: the project's reviewers, and its reviewers-per-document setting. */
    record Automatic(List<String> reviewers, Integer perDocument) {}

    record Settings(@NotNull Boolean blindMode) {}
}
