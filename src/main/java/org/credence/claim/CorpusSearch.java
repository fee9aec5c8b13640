package org.credence.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentRef;
import org.credence.document.DocumentService;
import org.credence.review.DecisionView;
import org.credence.review.ReviewService;
import org.credence.review.ReviewState;
import org.credence.search.SearchService;
import org.credence.search.SentenceHit;
import org.credence.security.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search across documents and their statements: sentences matching the words, narrowed by
 * source (in the index), by the labels of statements on them, or by a claim whose members they hold.
 */
@Service
public class CorpusSearch {

    /** Sentences read from the index before label and claim filters narrow them. */
    static final int CANDIDATES = 500;

    private final SearchService search;
    private final DocumentService documents;
    private final AnnotationService annotations;
    private final ClaimMemberRepository members;
    private final ReviewService reviews;

    CorpusSearch(
            SearchService search,
            DocumentService documents,
            AnnotationService annotations,
            ClaimMemberRepository members,
            ReviewService reviews) {
        this.reviews = reviews;
        this.search = search;
        this.documents = documents;
        this.annotations = annotations;
        this.members = members;
    }

    /** The gold label where an editor approved the statement (with or without an override), else the reviewer's. */
    private Label verdict(StatementView statement) {
        DecisionView decision = reviews.decisionFor(statement.id());
        return decision.state() == ReviewState.APPROVED ? decision.goldLabel() : statement.label();
    }

    /**
     * @param labels only sentences with a statement of one of these labels (the gold label where decided) (that the searcher may see); empty: any
     * @param sourceIds only documents from these sources; empty: any
     * @param claimId only sentences holding a member of this claim; null: any
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<SearchHit> search(
            String query, Set<Label> labels, Collection<Long> sourceIds, Long claimId, int limit) {
        List<SentenceHit> candidates =
                search.search(query, sourceIds, labels.isEmpty() && claimId == null ? limit : CANDIDATES);
        // Blind review: a member that is another reviewer's hidden statement does not narrow anything.
        List<ClaimMember> claimMembers = claimId == null
                ? List.of()
                : members.findByClaimIdOrderByIdAsc(claimId).stream()
                        .filter(m -> m.getStatementId() == null
                                || annotations.findVisible(m.getStatementId()).isPresent())
                        .toList();
        Map<Long, DocumentRef> docs =
                documents.refs(candidates.stream().map(SentenceHit::documentId).toList());
        Map<Long, List<StatementView>> statements = new HashMap<>();
        List<SearchHit> hits = new ArrayList<>();
        for (SentenceHit hit : candidates) {
            if (hits.size() >= limit) {
                break;
            }
            List<StatementView> on = statements.computeIfAbsent(hit.documentId(), annotations::listForDocument).stream()
                    .filter(s -> s.start() < hit.end() && hit.start() < s.end())
                    .toList();
            List<Label> onLabels = on.stream().map(this::verdict).distinct().toList();
            if (!labels.isEmpty() && onLabels.stream().noneMatch(labels::contains)) {
                continue;
            }
            if (claimId != null
                    && claimMembers.stream()
                            .noneMatch(m -> m.getSpan().overlaps(hit.documentId(), hit.start(), hit.end()))) {
                continue;
            }
            List<Long> claimIds = on.stream()
                    .map(s -> members.findClaimIdOfStatement(s.id()).orElse(null))
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            DocumentRef doc = docs.get(hit.documentId());
            hits.add(new SearchHit(
                    hit.documentId(),
                    doc.title(),
                    doc.sourceName(),
                    hit.start(),
                    hit.end(),
                    hit.text(),
                    hit.highlights(),
                    hit.score(),
                    onLabels,
                    claimIds));
        }
        return hits;
    }
}
