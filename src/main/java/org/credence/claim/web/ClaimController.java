package org.credence.claim.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.claim.ClaimMatcher;
import org.credence.claim.ClaimMemberView;
import org.credence.claim.ClaimNotFoundException;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.claim.Figure;
import org.credence.claim.FigureConflict;
import org.credence.claim.MatchReason;
import org.credence.claim.MatchSuggestion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Claims across documents, and the suggested matches that build them. */
@RestController
class ClaimController {

    static final int MAX_MATCHES = 50;

    private final ClaimService claims;
    private final ClaimMatcher matcher;

    ClaimController(ClaimService claims, ClaimMatcher matcher) {
        this.claims = claims;
        this.matcher = matcher;
    }

    @GetMapping({"/api/claims", "/api/projects/{projectId}/claims"})
    List<ClaimJson> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = org.credence.base.web.Paging.DEFAULT_SIZE) int size) {
        org.credence.base.web.Paging.of(page, size, "claim");
        return claims.list(page, size).claims().stream().map(ClaimJson::of).toList();
    }

    @GetMapping("/api/claims/{id}")
    ClaimJson get(@PathVariable long id) {
        return ClaimJson.of(claims.get(id));
    }

    /** A new claim: its wording and members (statements, or spans of documents with a presentation). */
    @PostMapping({"/api/claims", "/api/projects/{projectId}/claims"})
    ResponseEntity<ClaimJson> create(@Valid @RequestBody ClaimRequest request) {
        ClaimView created = claims.create(
                request.wording(),
                request.members() == null
                        ? List.of()
                        : request.members().stream().map(MemberRequest::spec).toList());
        return ResponseEntity.created(URI.create("/api/claims/" + created.id())).body(ClaimJson.of(created));
    }

    @PostMapping("/api/claims/{id}/members")
    ClaimJson addMember(@PathVariable long id, @Valid @RequestBody MemberRequest member) {
        return ClaimJson.of(claims.addMember(id, member.spec()));
    }

    @DeleteMapping("/api/claims/{id}/members/{memberId}")
    ClaimJson removeMember(@PathVariable long id, @PathVariable long memberId) {
        return ClaimJson.of(claims.removeMember(id, memberId));
    }

    /** Editors: new wording and/or the final call ({@code finalLabel} null withdraws it), with the version read. */
    @PutMapping("/api/claims/{id}")
    ClaimJson update(@PathVariable long id, @Valid @RequestBody ClaimUpdate update) {
        return ClaimJson.of(claims.update(
                id,
                update.version(),
                update.wording(),
                update.decide(),
                update.finalLabel() == null ? null : Label.fromCode(update.finalLabel()),
                update.note()));
    }

    /** Ranked places in other documents that may state the same as this statement. */
    @GetMapping("/api/statements/{statementId}/matches")
    List<MatchJson> matches(@PathVariable long statementId, @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_MATCHES) {
            throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_MATCHES + ".");
        }
        return matcher.suggestions(statementId, limit).stream()
                .map(MatchJson::of)
                .toList();
    }

    /** "Same claim" ({@code same: true}: answers with the claim) or "not the same" (204). */
    @PostMapping("/api/statements/{statementId}/matches")
    ResponseEntity<ClaimJson> decideMatch(
            @PathVariable long statementId, @Valid @RequestBody MatchDecisionRequest request) {
        if (request.same()) {
            return ResponseEntity.ok(
                    ClaimJson.of(matcher.confirm(statementId, request.documentId(), request.start(), request.end())));
        }
        matcher.reject(statementId, request.documentId(), request.start(), request.end());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/statements/{statementId}/claim")
    ClaimJson claimOf(@PathVariable long statementId) {
        return claims.claimOfStatement(statementId)
                .map(claims::get)
                .map(ClaimJson::of)
                .orElseThrow(() -> new ClaimNotFoundException("Statement " + statementId + " belongs to no claim."));
    }

    record ClaimRequest(@NotBlank String wording, @Valid List<MemberRequest> members) {}

    /** Either {@code statementId}, or {@code documentId} with {@code start}, {@code end} (code points). */
    record MemberRequest(
            Long statementId, Long documentId, Integer start, Integer end, String exact, String presentation) {
        ClaimService.MemberSpec spec() {
            if (statementId != null) {
                return ClaimService.MemberSpec.statement(statementId);
            }
            if (documentId == null || start == null || end == null) {
                throw new IllegalArgumentException(
                        "A member needs a 'statementId', or a 'documentId' with 'start' and 'end'.");
            }
            return new ClaimService.MemberSpec(
                    null,
                    documentId,
                    start,
                    end,
                    exact,
                    presentation == null ? null : Presentation.fromCode(presentation));
        }
    }

    record ClaimUpdate(
            String wording,
            String finalLabel,
            String note,
            Boolean decideFinal,
            @NotNull Long version) {
        boolean decide() {
            return Boolean.TRUE.equals(decideFinal) || finalLabel != null;
        }
    }

    record MatchDecisionRequest(
            @NotNull Long documentId,
            @NotNull Integer start,
            @NotNull Integer end,
            @NotNull Boolean same) {}

    record FigureJson(String kind, Double low, Double high, boolean approximate, String text, String shown) {
        static FigureJson of(Figure f) {
            return new FigureJson(
                    f.kind().name().toLowerCase(java.util.Locale.ROOT),
                    f.low(),
                    f.high(),
                    f.approximate(),
                    f.text(),
                    f.describe());
        }
    }

    record MemberJson(
            long id,
            long documentId,
            String title,
            String source,
            LocalDate published,
            int start,
            int end,
            String exact,
            String presentation,
            Long statementId,
            String verdict,
            String verdictState,
            boolean firstAppearance,
            List<FigureJson> figures,
            String admiralty) {
        static MemberJson of(ClaimMemberView m) {
            return new MemberJson(
                    m.memberId(),
                    m.documentId(),
                    m.documentTitle(),
                    m.source(),
                    m.published(),
                    m.start(),
                    m.end(),
                    m.exact(),
                    m.presentation() == null ? null : m.presentation().code(),
                    m.statementId(),
                    m.verdict() == null ? null : m.verdict().code(),
                    m.verdictState(),
                    m.firstAppearance(),
                    m.figures().stream().map(FigureJson::of).toList(),
                    m.admiralty());
        }
    }

    record ConflictJson(
            long memberA, String sourceA, FigureJson figureA, long memberB, String sourceB, FigureJson figureB) {
        static ConflictJson of(FigureConflict c) {
            return new ConflictJson(
                    c.memberA(),
                    c.sourceA(),
                    FigureJson.of(c.figureA()),
                    c.memberB(),
                    c.sourceB(),
                    FigureJson.of(c.figureB()));
        }
    }

    record ClaimJson(
            long id,
            long version,
            String wording,
            String status,
            String derivedStatus,
            String finalLabel,
            String finalNote,
            String finalBy,
            Instant finalAt,
            String createdBy,
            Instant createdAt,
            boolean conflicting,
            List<ConflictJson> conflicts,
            List<MemberJson> members) {
        static ClaimJson of(ClaimView c) {
            return new ClaimJson(
                    c.id(),
                    c.version(),
                    c.wording(),
                    c.status().code(),
                    c.derivedStatus().code(),
                    c.finalLabel() == null ? null : c.finalLabel().code(),
                    c.finalNote(),
                    c.finalBy(),
                    c.finalAt(),
                    c.createdBy(),
                    c.createdAt(),
                    c.conflicting(),
                    c.conflicts().stream().map(ConflictJson::of).toList(),
                    c.members().stream().map(MemberJson::of).toList());
        }
    }

    record MatchJson(
            long documentId,
            String title,
            String source,
            int start,
            int end,
            String exact,
            double score,
            Long statementId,
            String state,
            MatchReason why) {
        static MatchJson of(MatchSuggestion s) {
            return new MatchJson(
                    s.documentId(),
                    s.documentTitle(),
                    s.source(),
                    s.start(),
                    s.end(),
                    s.exact(),
                    s.score(),
                    s.statementId(),
                    s.state(),
                    s.why());
        }
    }
}
