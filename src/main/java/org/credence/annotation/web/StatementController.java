package org.credence.annotation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Credibility;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
        return annotations.listForDocument(documentId).stream()
                .map(StatementJson::of)
                .toList();
    }

    @PostMapping("/api/documents/{documentId}/statements")
    ResponseEntity<StatementJson> create(@PathVariable long documentId, @Valid @RequestBody NewStatement request) {
        StatementView saved =
                annotations.add(documentId, request.start(), request.end(), request.details(), request.exact());
        return ResponseEntity.created(URI.create("/api/statements/" + saved.id()))
                .body(StatementJson.of(saved));
    }

    @GetMapping("/api/statements/{statementId}")
    StatementJson get(@PathVariable long statementId) {
        return StatementJson.of(annotations.get(statementId));
    }

    /** Replaces the statement's details; {@code version} must be the one last read (409 otherwise). */
    @PutMapping("/api/statements/{statementId}")
    StatementJson update(@PathVariable long statementId, @Valid @RequestBody ChangedStatement request) {
        return StatementJson.of(annotations.update(statementId, request.version(), request.details()));
    }

    @DeleteMapping("/api/statements/{statementId}")
    ResponseEntity<Void> delete(@PathVariable long statementId) {
        annotations.delete(statementId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Offsets are Unicode code points into the document's text, end exclusive. {@code exact}, when
     * given, must equal the text there, so a client anchored to other text is refused.
     */
    record NewStatement(
            @NotNull Integer start,
            @NotNull Integer end,
            @NotNull String label,
            String exact,
            String presentation,
            String rationale,
            String attributionSource,
            String attributionCue,
            List<String> tags,
            String evidenceUrl,
            Long evidenceStatementId,
            Integer credibility) {

        StatementDetails details() {
            return detailsOf(
                    label,
                    presentation,
                    rationale,
                    attributionSource,
                    attributionCue,
                    tags,
                    evidenceUrl,
                    evidenceStatementId,
                    credibility);
        }
    }

    record ChangedStatement(
            @NotNull Long version,
            @NotNull String label,
            String presentation,
            String rationale,
            String attributionSource,
            String attributionCue,
            List<String> tags,
            String evidenceUrl,
            Long evidenceStatementId,
            Integer credibility) {

        StatementDetails details() {
            return detailsOf(
                    label,
                    presentation,
                    rationale,
                    attributionSource,
                    attributionCue,
                    tags,
                    evidenceUrl,
                    evidenceStatementId,
                    credibility);
        }
    }

    /** The API's names for labels and presentations turned into validated details. */
    static StatementDetails detailsOf(
            String label,
            String presentation,
            String rationale,
            String attributionSource,
            String attributionCue,
            List<String> tags,
            String evidenceUrl,
            Long evidenceStatementId,
            Integer credibility) {
        return new StatementDetails(
                Label.fromCode(label),
                presentation == null ? null : Presentation.fromCode(presentation),
                rationale,
                attributionSource,
                attributionCue,
                tags,
                evidenceUrl,
                evidenceStatementId,
                Credibility.of(credibility));
    }

    record StatementJson(
            long id,
            long version,
            long documentId,
            int start,
            int end,
            String exact,
            String prefix,
            String suffix,
            String label,
            String presentation,
            String rationale,
            String attributionSource,
            String attributionCue,
            List<String> tags,
            String evidenceUrl,
            Long evidenceStatementId,
            Credibility credibility,
            String author,
            String createdAt,
            String modifiedBy,
            String modifiedAt) {

        static StatementJson of(StatementView s) {
            StatementDetails d = s.details();
            return new StatementJson(
                    s.id(),
                    s.version(),
                    s.documentId(),
                    s.start(),
                    s.end(),
                    s.quote(),
                    s.prefix(),
                    s.suffix(),
                    d.label().code(),
                    d.presentation() == null ? null : d.presentation().code(),
                    d.rationale(),
                    d.attributionSource(),
                    d.attributionCue(),
                    d.tags(),
                    d.evidenceUrl(),
                    d.evidenceStatementId(),
                    d.credibility(),
                    s.author(),
                    s.createdAt().toString(),
                    s.modifiedBy(),
                    s.modifiedAt() == null ? null : s.modifiedAt().toString());
        }
    }
}
