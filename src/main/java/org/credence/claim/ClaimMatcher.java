package org.credence.claim;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.StatementView;
import org.credence.base.domain.TextSpan;
import org.credence.document.DocumentRef;
import org.credence.document.DocumentService;
import org.credence.search.SearchService;
import org.credence.search.SentenceHit;
import org.credence.search.SentenceSpan;
import org.credence.search.Sentences;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests where else a statement's claim is made: sentences of other documents ranked by BM25
 * relevance to the statement's words. "Same claim" adds the place to the statement's claim; "not the
 * same" is remembered, and that pair is never suggested again.
 */
@Service
public class ClaimMatcher {

    /** Suggestions below this share of the best one's score are the tail of the ranking, not the claim. */
    static final double RELATIVE_CUTOFF = 0.2;

    private final SearchService search;
    private final AnnotationService annotations;
    private final DocumentService documents;
    private final ClaimService claims;
    private final ClaimMemberRepository members;
    private final MatchDecisionRepository decisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClaimMatcher(
            SearchService search,
            AnnotationService annotations,
            DocumentService documents,
            ClaimService claims,
            ClaimMemberRepository members,
            MatchDecisionRepository decisions,
            CurrentUser currentUser,
            Clock clock) {
        this.search = search;
        this.annotations = annotations;
        this.documents = documents;
        this.claims = claims;
        this.members = members;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Ranked places in other documents that may state the same, without the pairs someone rejected. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<MatchSuggestion> suggestions(long statementId, int limit) {
        StatementView statement = annotations.get(statementId);
        Map<TextSpan, MatchDecision.Kind> decided = decisions.findByStatementId(statementId).stream()
                .collect(Collectors.toMap(MatchDecision::getSpan, MatchDecision::getDecision, (a, b) -> b));
        String text = documents.text(statement.documentId());
        String context = Sentences.covering(Sentences.of(text), statement.start(), statement.end()).stream()
                .map(SentenceSpan::text)
                .collect(Collectors.joining(" "));
        List<SentenceHit> hits = search.similar(
                statement.quote(), context.isBlank() ? statement.quote() : context, statement.documentId(), limit * 10);
        if (hits.isEmpty()) {
            return List.of();
        }
        double best = hits.get(0).score();
        Map<Long, DocumentRef> docs =
                documents.refs(hits.stream().map(SentenceHit::documentId).toList());
        Map<Long, List<StatementView>> visible = new HashMap<>();
        List<MatchSuggestion> suggestions = new ArrayList<>();
        // The best sentence of each document: the reviewer is looking for the claim in every other
        // article, and one article repeating itself must not crowd the others out.
        java.util.Set<Long> suggestedDocuments = new java.util.HashSet<>();
        for (SentenceHit hit : hits) {
            if (hit.score() < best * RELATIVE_CUTOFF || suggestions.size() >= limit) {
                break;
            }
            MatchDecision.Kind decision = decided.get(new TextSpan(hit.documentId(), hit.start(), hit.end()));
            if (decision == MatchDecision.Kind.REJECTED || !suggestedDocuments.add(hit.documentId())) {
                continue;
            }
            DocumentRef doc = docs.get(hit.documentId());
            StatementView there = visible.computeIfAbsent(hit.documentId(), annotations::listForDocument).stream()
                    .filter(s -> s.start() < hit.end() && hit.start() < s.end())
                    .findFirst()
                    .orElse(null);
            suggestions.add(new MatchSuggestion(
                    hit.documentId(),
                    doc.title(),
                    doc.sourceName(),
                    hit.start(),
                    hit.end(),
                    hit.text(),
                    hit.score(),
                    there == null ? null : there.id(),
                    decision == MatchDecision.Kind.CONFIRMED ? "confirmed" : "suggested"));
        }
        return suggestions;
    }

    /**
     * "Same claim": the place joins the statement's claim (made from the statement if it had none) —
     * as the statement there when there is one, else as the sentence.
     */
    @Access.Linkers
    @Transactional
    public ClaimView confirm(long statementId, long documentId, int start, int end) {
        annotations.get(statementId);
        documents.ref(documentId).requireSpan(start, end);
        Claim claim = claims.claimFor(statementId);
        Long there = annotations.listForDocument(documentId).stream()
                .filter(s -> s.start() < end && start < s.end())
                .filter(s -> members.findByStatementId(s.id()).isEmpty())
                .map(StatementView::id)
                .findFirst()
                .orElse(null);
        boolean alreadyMember = members.existsByClaimIdAndSpan(claim.getId(), new TextSpan(documentId, start, end));
        if (there != null) {
            claims.addMember(claim, ClaimService.MemberSpec.statement(there));
        } else if (!alreadyMember) {
            claims.addMember(claim, ClaimService.MemberSpec.span(documentId, start, end, null));
        }
        record(statementId, documentId, start, end, MatchDecision.Kind.CONFIRMED);
        return claims.view(claim);
    }

    /** "Not the same": remembered, never suggested again for this statement. */
    @Access.Linkers
    @Transactional
    public void reject(long statementId, long documentId, int start, int end) {
        annotations.get(statementId);
        documents.ref(documentId).requireSpan(start, end);
        record(statementId, documentId, start, end, MatchDecision.Kind.REJECTED);
    }

    private void record(long statementId, long documentId, int start, int end, MatchDecision.Kind kind) {
        decisions
                .findByStatementIdAndSpan(statementId, new TextSpan(documentId, start, end))
                .ifPresent(decisions::delete);
        decisions.flush();
        decisions.save(new MatchDecision(
                statementId,
                documentId,
                start,
                end,
                kind,
                currentUser.name(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }
}
