package org.credence.history.web;

import java.util.List;
import org.credence.history.HistoryEntry;
import org.credence.history.HistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over HTTP: who did what, when, before and after; blind review applies in the service. */
@RestController
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/api/statements/{statementId}/history")
    List<HistoryEntry> statementHistory(@PathVariable long statementId) {
        return history.forStatement(statementId);
    }

    @GetMapping("/api/documents/{documentId}/history")
    List<HistoryEntry> documentHistory(@PathVariable long documentId) {
        return history.forDocument(documentId);
    }

    /** Who added and took out which passages of a claim. */
    @GetMapping("/api/claims/{claimId}/history")
    List<HistoryEntry> claimHistory(@PathVariable long claimId) {
        return history.forClaim(claimId);
    }
}
