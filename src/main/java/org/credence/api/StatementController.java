package org.credence.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatementController {

    private final AnnotationService annotations;

    StatementController(AnnotationService annotations) {
        this.annotations = annotations;
    }

    @GetMapping("/api/documents/{documentId}/statements")
    List<StatementJson> list(@PathVariable long documentId) {
        return annotations.listForDocument(documentId).stream().map(StatementJson::of).toList();
    }

    @PostMapping("/api/documents/{documentId}/statements")
    ResponseEntity<StatementJson> create(@PathVariable long documentId, @Valid @RequestBody NewStatement request) {
        StatementView saved = annotations.add(documentId, request.start(), request.end(), Label.fromCode(request.label()));
        return ResponseEntity.created(URI.create("/api/statements/" + saved.id())).body(StatementJson.of(saved));
    }

    @DeleteMapping("/api/statements/{statementId}")
    ResponseEntity<Void> delete(@PathVariable long statementId) {
        annotations.delete(statementId);
        return ResponseEntity.noContent().build();
    }

    /** Offsets are Unicode code points into the document's text, end exclusive. */
    record NewStatement(@NotNull Integer start, @NotNull Integer end, @NotNull String label) {
    }

    record StatementJson(long id, long documentId, int start, int end, String exact, String label, String author,
            String createdAt) {
        static StatementJson of(StatementView s) {
            return new StatementJson(s.id(), s.documentId(), s.start(), s.end(), s.quote(), s.label().code(),
                    s.author(), s.createdAt().toString());
        }
    }
}
