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
 * Suggests where else a statement's claim is made: sentences of other documents found by shared words
 * (BM25) and by meaning (sentence embeddings), ranked on both (see {@link MatchFusion#byLikeness}). "Same claim" adds the place to the statement's claim; "not the
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

    /** Which evidence ranks the places: shared words, meaning, or both fused (what people get). */
    public enum Ranking {
        LEXICAL,
        SEMANTIC,
        HYBRID
    }

    /** How many candidates each ranking hands to the fusion. */
    static final int CANDIDATES = 100;
    /**
     * Below this cosine similarity a sentence found only by meaning is the same topic, not the same claim
     * (a prior from the model's usual range, not tuned on the held-out evaluation set).
     */
    static final double MIN_SIMILARITY = 0.4;
    /**
     * The same floor where meaning and shared words rank together: lower, because the combined score
     * already keeps same-topic sentences down, and paraphrases with other words and numbers sit at
     * cosine 0.2–0.4 (chosen on the development set, claims-dev: 0.4 → 0.3 → 0.2 gave recall@5 0.706,
     * 0.752, 0.767).
     */
    static final double MIN_SIMILARITY_RANKED_ON_BOTH = 0.2;

    /** Ranked places in other documents that may state the same, without the pairs someone rejected. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<MatchSuggestion> suggestions(long statementId, int limit) {
        return suggestions(statementId, limit, Ranking.HYBRID);
    }

    /** The same, ranked by one kind of evidence only: for measuring what each contributes. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<MatchSuggestion> suggestions(long statementId, int limit, Ranking ranking) {
        StatementView statement = annotations.get(statementId);
        Map<TextSpan, MatchDecision.Kind> decided = decisions.findByStatementId(statementId).stream()
                .collect(Collectors.toMap(MatchDecision::getSpan, MatchDecision::getDecision, (a, b) -> b));
        String text = documents.text(statement.documentId());
        String context = Sentences.covering(Sentences.of(text), statement.start(), statement.end()).stream()
                .map(SentenceSpan::text)
                .collect(Collectors.joining(" "));
        String sentence = context.isBlank() ? statement.quote() : context;
        List<SentenceHit> lexical = ranking == Ranking.SEMANTIC
                ? List.of()
                : sharedWords(statement.quote(), sentence, statement.documentId());
        List<MatchFusion.Candidate> candidates = switch (ranking) {
            case LEXICAL -> MatchFusion.fuse(lexical, List.of(), sentence);
            case SEMANTIC ->
                MatchFusion.fuse(
                        List.of(),
                        search
                                .nearInMeaning(
                                        meaningOf(statement.quote(), sentence), statement.documentId(), CANDIDATES)
                                .stream()
                                .filter(h -> h.score() >= MIN_SIMILARITY)
                                .toList(),
                        sentence);
            case HYBRID -> {
                List<SearchService.Likeness> near = search.likeness(
                        meaningOf(statement.quote(), sentence), statement.documentId(), CANDIDATES, lexical);
                // Without sentence embeddings (switched off), shared words alone.
                yield near.isEmpty()
                        ? MatchFusion.fuse(lexical, List.of(), sentence)
                        : MatchFusion.byLikeness(
                                near,
                                lexical,
                                sentence,
                                MIN_SIMILARITY_RANKED_ON_BOTH,
                                decided,
                                search.siblingsOf(statement.documentId(), statement.start(), statement.end()));
            }
        };
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, DocumentRef> docs = documents.refs(
                candidates.stream().map(c -> c.hit().documentId()).toList());
        Map<Long, List<StatementView>> visible = new HashMap<>();
        List<MatchSuggestion> suggestions = new ArrayList<>();
        // One sentence of each document (the one the ranking chose for it): the reviewer is looking for the
        // claim in every other article, and one article repeating itself must not crowd the others out.
        java.util.Set<Long> suggestedDocuments = new java.util.HashSet<>();
        for (MatchFusion.Candidate candidate : candidates) {
            SentenceHit hit = candidate.hit();
            if (suggestions.size() >= limit) {
                break;
            }
            MatchDecision.Kind decision = decided.get(new TextSpan(hit.documentId(), hit.start(), hit.end()));
            DocumentRef doc = docs.get(hit.documentId());
            if (doc == null || decision == MatchDecision.Kind.REJECTED || !suggestedDocuments.add(hit.documentId())) {
                continue;
            }
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
                    candidate.score(),
                    there == null ? null : there.id(),
                    decision == MatchDecision.Kind.CONFIRMED ? "confirmed" : "suggested",
                    candidate.reason()));
        }
        return suggestions;
    }

    /**
     * What the meaning ranking looks for: the words the reviewer highlighted, which are the claim, unless
     * they are too few to carry a meaning of their own ("Since 2014"); then the sentence around them.
     */
    static String meaningOf(String quote, String sentence) {
        return quote.strip().split("\\s+").length >= MIN_WORDS_OF_MEANING ? quote : sentence;
    }

    static final int MIN_WORDS_OF_MEANING = 4;

    /**
     * Sentences sharing enough words with the statement's sentence, or — for a highlighted clause long
     * enough to be a claim of its own — with the clause alone (a clause inside a long sentence shares
     * too few of the sentence's words with its retellings); by BM25, the better score where both find one.
     */
    private List<SentenceHit> sharedWords(String quote, String sentence, long documentId) {
        List<SentenceHit> hits = withinCutoff(search.similar(quote, sentence, documentId, CANDIDATES));
        String clause = meaningOf(quote, sentence);
        if (clause.equals(sentence)) {
            return hits;
        }
        // Each list is cut at its own best: a near-copy of the whole sentence must not cut the clause's finds.
        Map<TextSpan, SentenceHit> best = new java.util.LinkedHashMap<>();
        for (SentenceHit hit : concat(hits, withinCutoff(search.similar(quote, clause, documentId, CANDIDATES)))) {
            best.merge(
                    new TextSpan(hit.documentId(), hit.start(), hit.end()),
                    hit,
                    (a, b) -> a.score() >= b.score() ? a : b);
        }
        return best.values().stream()
                .sorted(java.util.Comparator.comparingDouble(SentenceHit::score).reversed())
                .toList();
    }

    private static List<SentenceHit> concat(List<SentenceHit> a, List<SentenceHit> b) {
        List<SentenceHit> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The shared-words ranking without its tail: below a fifth of the best score it is noise. */
    private static List<SentenceHit> withinCutoff(List<SentenceHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        double best = hits.get(0).score();
        return hits.stream().filter(h -> h.score() >= best * RELATIVE_CUTOFF).toList();
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
