package org.credence.cue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.credence.cue.CueService;
import org.credence.cue.CueSuggestion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Candidate statements the cue lexicon finds in a document, and reviewers' dismissals of them. */
@RestController
class CueController {

    private final CueService cues;

    CueController(CueService cues) {
        this.cues = cues;
    }

    /** Each sentence with a hedge, attribution or denial cue: start, end (code points), exact, cue, suggested presentation. */
    @GetMapping("/api/documents/{documentId}/cues")
    List<CueSuggestion> cues(@PathVariable long documentId) {
        return cues.suggestions(documentId);
    }

    /** A reviewer dismisses one suggestion: it is not offered to them again. */
    @PostMapping("/api/documents/{documentId}/cues/dismissals")
    ResponseEntity<Void> dismiss(@PathVariable long documentId, @Valid @RequestBody Span span) {
        cues.dismiss(documentId, span.start(), span.end());
        return ResponseEntity.noContent().build();
    }

    record Span(@NotNull Integer start, @NotNull Integer end) {}
}
