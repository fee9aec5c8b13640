package org.credence.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.review.DecisionView;
import org.credence.review.ReviewService;
import org.credence.review.ReviewState;
import org.springframework.stereotype.Component;

/** Builds a claim's matrix: each member with its source, date, verdict and figures; first appearance; conflicts. */
@Component
class ClaimViews {

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final ReviewService reviews;

    ClaimViews(DocumentService documents, AnnotationService annotations, ReviewService reviews) {
        this.documents = documents;
        this.annotations = annotations;
        this.reviews = reviews;
    }

    ClaimView of(Claim claim, List<ClaimMember> members) {
        Map<Long, DocumentDetails> docs = new HashMap<>();
        List<ClaimMemberView> rows = new ArrayList<>();
        for (ClaimMember member : members) {
            Verdict verdict = verdict(member.getStatementId());
            if (verdict.state().equals(HIDDEN)) {
                // Blind review: not even where another reviewer's hidden statement is (its span and quote).
                continue;
            }
            DocumentDetails doc = docs.computeIfAbsent(member.getDocumentId(), documents::get);
            String admiralty = org.credence.source.Admiralty.code(doc.source() == null ? null : doc.source().reliability(),
                    verdict.credibility());
            rows.add(new ClaimMemberView(member.getId(), doc.id(), doc.title(),
                    doc.source() == null ? null : doc.source().id(),
                    doc.source() == null ? doc.title() : doc.source().name(), doc.publishedDate(), member.getStart(),
                    member.getEnd(), member.getExact(), member.getPresentation(),
                    member.getStatementId(), verdict.label(), verdict.state(), false,
                    FigureParser.parse(member.getExact()), admiralty));
        }
        rows = markFirstAppearance(rows);
        List<Label> verdicts = rows.stream().filter(r -> !"rejected".equals(r.verdictState()))
                .map(ClaimMemberView::verdict).filter(Objects::nonNull).toList();
        return new ClaimView(claim.getId(), claim.getVersion(), claim.getWording(), claim.getCreatedBy(),
                claim.getCreatedAt(), rows, ClaimStatus.derive(verdicts), claim.getFinalLabel(), claim.getFinalNote(),
                claim.getFinalBy(), claim.getFinalAt(), conflicts(rows));
    }

    private static final String HIDDEN = "hidden";

    /**
     * Whether the reader may see the claim at all: some member is a passage or a statement they may
     * see. A claim of nothing but statements blind review hides from them does not exist for them.
     */
    boolean visible(List<ClaimMember> members) {
        return members.isEmpty() || members.stream().anyMatch(m -> m.getStatementId() == null
                || annotations.findVisible(m.getStatementId()).isPresent());
    }

    private record Verdict(Label label, String state, Integer credibility) {
        Verdict(Label label, String state) {
            this(label, state, null);
        }
    }

    /** Blind review applies through {@link AnnotationService#findVisible}. */
    private Verdict verdict(Long statementId) {
        if (statementId == null) {
            return new Verdict(null, "none");
        }
        StatementView statement = annotations.findVisible(statementId).orElse(null);
        if (statement == null) {
            // Deleting a statement sets the member's statement id to null, so a member still naming one
            // that cannot be read names one hidden from this reader.
            return new Verdict(null, HIDDEN);
        }
        DecisionView decision = reviews.decisionFor(statementId);
        if (decision.state() == ReviewState.APPROVED) {
            return new Verdict(decision.goldLabel(), "approved", statement.details().credibility());
        }
        return new Verdict(statement.label(), decision.state() == ReviewState.REJECTED ? "rejected" : "proposed",
                statement.details().credibility());
    }

    /** The earliest published member (ties: the lowest document id); undated members only when none is dated. */
    private static List<ClaimMemberView> markFirstAppearance(List<ClaimMemberView> rows) {
        Comparator<ClaimMemberView> byDate = Comparator.comparing(ClaimMemberView::published,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(ClaimMemberView::documentId);
        ClaimMemberView first = rows.stream().min(byDate).orElse(null);
        return rows.stream().map(r -> r != first ? r : new ClaimMemberView(r.memberId(), r.documentId(),
                r.documentTitle(), r.sourceId(), r.source(), r.published(), r.start(), r.end(), r.exact(),
                r.presentation(), r.statementId(), r.verdict(), r.verdictState(), true, r.figures(), r.admiralty())).toList();
    }

    /** Each member's first count and first date, compared pairwise. */
    private static List<FigureConflict> conflicts(List<ClaimMemberView> rows) {
        List<FigureConflict> conflicts = new ArrayList<>();
        for (Figure.Kind kind : Figure.Kind.values()) {
            for (int i = 0; i < rows.size(); i++) {
                Figure a = first(rows.get(i), kind);
                for (int j = i + 1; j < rows.size() && a != null; j++) {
                    Figure b = first(rows.get(j), kind);
                    if (b != null && FigureComparison.disagree(a, b)) {
                        conflicts.add(new FigureConflict(rows.get(i).memberId(), rows.get(i).source(), a,
                                rows.get(j).memberId(), rows.get(j).source(), b));
                    }
                }
            }
        }
        return conflicts;
    }

    private static Figure first(ClaimMemberView row, Figure.Kind kind) {
        return row.figures().stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }
}
