package org.credence.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.credence.annotation.Label;
import org.credence.review.AgreementReport;
import org.credence.review.AgreementService;
import org.credence.review.CommentService;
import org.credence.review.CommentView;
import org.credence.review.DecisionKind;
import org.credence.review.DecisionView;
import org.credence.review.ReviewGroup;
import org.credence.review.ReviewService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewController {

    private final ReviewService reviews;
    private final AgreementService agreement;
    private final CommentService comments;

    ReviewController(ReviewService reviews, AgreementService agreement, CommentService comments) {
        this.comments = comments;
        this.reviews = reviews;
        this.agreement = agreement;
    }

    /** Agreement between reviewers: corpus-wide, per label, per document and per pair, with the disagreements. */
    @GetMapping({"/api/agreement", "/api/projects/{projectId}/agreement"})
    AgreementReport agreement() {
        return agreement.corpus();
    }

    /** Every disagreement in one document (the corpus report lists the first ones only). */
    @GetMapping("/api/agreement/documents/{documentId}/disagreements")
    List<AgreementReport.Unit> disagreements(@PathVariable long documentId) {
        return agreement.disagreements(documentId);
    }

    /** Editors only. {@code version}: the decision version read ({@code -1} or absent: none yet). */
    @PostMapping("/api/statements/{statementId}/decision")
    DecisionJson decide(@PathVariable long statementId, @Valid @RequestBody DecisionRequest request) {
        DecisionKind kind = DecisionKind.fromCode(request.decision());
        Label label = request.label() == null ? null : Label.fromCode(request.label());
        long version = request.version() == null ? -1 : request.version();
        return DecisionJson.of(reviews.decide(statementId, version, kind, label, request.goldSpan(), request.reason()));
    }

    /** The caller's statements an editor overrode or rejected, latest first, with the reasons. */
    @GetMapping({"/api/my/decisions", "/api/projects/{projectId}/my/decisions"})
    List<OverruledJson> myOverruled() {
        return reviews.myOverruled().stream().map(OverruledJson::of).toList();
    }

    @GetMapping("/api/statements/{statementId}/decision")
    DecisionJson decision(@PathVariable long statementId) {
        return DecisionJson.of(reviews.decisionFor(statementId));
    }

    /** Spans awaiting a decision, disagreements first (editors only). */
    @GetMapping({"/api/review/queue", "/api/projects/{projectId}/review/queue"})
    List<ReviewGroup> queue(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = org.credence.base.web.Paging.DEFAULT_SIZE) int size) {
        org.credence.base.web.Paging.of(page, size, "span");
        return reviews.queue(page, size).groups();
    }

    @GetMapping("/api/documents/{documentId}/comments")
    List<CommentView> documentComments(@PathVariable long documentId) {
        return comments.documentThread(documentId);
    }

    @PostMapping("/api/documents/{documentId}/comments")
    ResponseEntity<CommentView> commentOnDocument(
            @PathVariable long documentId, @Valid @RequestBody NewComment request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(comments.onDocument(documentId, request.body()));
    }

    @GetMapping("/api/statements/{statementId}/comments")
    List<CommentView> statementComments(@PathVariable long statementId) {
        return comments.statementThread(statementId);
    }

    @PostMapping("/api/statements/{statementId}/comments")
    ResponseEntity<CommentView> commentOnStatement(
            @PathVariable long statementId, @Valid @RequestBody NewComment request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(comments.onStatement(statementId, request.body()));
    }

    record NewComment(@NotNull String body) {}

    /** {@code goldStart} and {@code goldEnd} together, or neither (the statement's own span). */
    record DecisionRequest(
            @NotNull String decision, String label, String reason, Long version, Integer goldStart, Integer goldEnd) {

        org.credence.review.GoldSpan goldSpan() {
            if (goldStart == null && goldEnd == null) {
                return null;
            }
            if (goldStart == null || goldEnd == null) {
                throw new IllegalArgumentException("Give goldStart and goldEnd together, or neither.");
            }
            return new org.credence.review.GoldSpan(goldStart, goldEnd);
        }
    }

    /** Labels and states by their API codes, as everywhere else. */
    record OverruledJson(
            long statementId,
            long documentId,
            String documentTitle,
            String quote,
            String myLabel,
            String state,
            String goldLabel,
            String reason,
            String decidedBy,
            String decidedAt) {
        static OverruledJson of(org.credence.review.Overruled o) {
            return new OverruledJson(
                    o.statementId(),
                    o.documentId(),
                    o.documentTitle(),
                    o.quote(),
                    o.myLabel().code(),
                    o.state().code(),
                    o.goldLabel() == null ? null : o.goldLabel().code(),
                    o.reason(),
                    o.decidedBy(),
                    o.decidedAt().toString());
        }
    }

    record DecisionJson(
            long statementId,
            long version,
            String state,
            String goldLabel,
            Integer goldStart,
            Integer goldEnd,
            String reason,
            String decidedBy,
            String decidedAt) {
        static DecisionJson of(DecisionView d) {
            return new DecisionJson(
                    d.statementId(),
                    d.version(),
                    d.state().code(),
                    d.goldLabel() == null ? null : d.goldLabel().code(),
                    d.goldSpan() == null ? null : d.goldSpan().start(),
                    d.goldSpan() == null ? null : d.goldSpan().end(),
                    d.reason(),
                    d.decidedBy(),
                    d.decidedAt() == null ? null : d.decidedAt().toString());
        }
    }
}
