package org.credence.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentRef;
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
        return of(List.of(claim), Map.of(claim.getId(), members)).get(0);
    }

    /**
     * The claims' matrices, built from three batch reads — the members' statements (through blind
     * review), their decisions, their documents' titles and sources — whatever the number of members.
     */
    List<ClaimView> of(List<Claim> claims, Map<Long, List<ClaimMember>> membersByClaim) {
        List<ClaimMember> all = claims.stream()
                .flatMap(c -> membersByClaim.getOrDefault(c.getId(), List.of()).stream())
                .toList();
        Map<Long, StatementView> statements = annotations.findVisible(all.stream()
                .map(ClaimMember::getStatementId)
                .filter(Objects::nonNull)
                .toList());
        Map<Long, DecisionView> decisions = reviews.decisionsFor(statements.keySet());
        Map<Long, DocumentRef> docs =
                documents.refs(all.stream().map(ClaimMember::getDocumentId).toList());
        return claims.stream()
                .map(c -> of(c, membersByClaim.getOrDefault(c.getId(), List.of()), statements, decisions, docs))
                .toList();
    }

    private ClaimView of(
            Claim claim,
            List<ClaimMember> members,
            Map<Long, StatementView> statements,
            Map<Long, DecisionView> decisions,
            Map<Long, DocumentRef> docs) {
        List<ClaimMemberView> rows = new ArrayList<>();
        for (ClaimMember member : members) {
            Verdict verdict = verdict(member.getStatementId(), statements, decisions);
            if (verdict.state().equals(HIDDEN)) {
                // Blind review: not even where another reviewer's hidden statement is (its span and quote).
                continue;
            }
            DocumentRef doc = docs.get(member.getDocumentId());
            String admiralty = org.credence.annotation.Admiralty.code(
                    doc.source() == null ? null : doc.source().reliability(), verdict.credibility());
            rows.add(new ClaimMemberView(
                    member.getId(),
                    doc.id(),
                    doc.title(),
                    doc.source() == null ? null : doc.source().id(),
                    doc.source() == null ? doc.title() : doc.source().name(),
                    doc.publishedDate(),
                    member.getStart(),
                    member.getEnd(),
                    member.getExact(),
                    member.getPresentation(),
                    member.getStatementId(),
                    verdict.label(),
                    verdict.state(),
                    false,
                    FigureParser.parse(member.getExact()),
                    admiralty));
        }
        rows = markFirstAppearance(rows);
        List<Label> verdicts = rows.stream()
                .filter(r -> !"rejected".equals(r.verdictState()))
                .map(ClaimMemberView::verdict)
                .filter(Objects::nonNull)
                .toList();
        return new ClaimView(
                claim.getId(),
                claim.getVersion(),
                claim.getWording(),
                claim.getCreatedBy(),
                claim.getCreatedAt(),
                rows,
                ClaimStatus.derive(verdicts),
                claim.getFinalLabel(),
                claim.getFinalNote(),
                claim.getFinalBy(),
                claim.getFinalAt(),
                conflicts(rows));
    }

    private static final String HIDDEN = "hidden";

    /**
     * Whether the reader may see the claim at all: some member is a passage or a statement they may
     * see. A claim of nothing but statements blind review hides from them does not exist for them.
     */
    boolean visible(List<ClaimMember> members) {
        return visible(
                members.stream().map(ClaimMember::getStatementId).toList(),
                annotations
                        .findVisible(members.stream()
                                .map(ClaimMember::getStatementId)
                                .filter(Objects::nonNull)
                                .toList())
                        .keySet());
    }

    /** The same, for a claim whose members name these statements (null: a passage) among the visible ones. */
    static boolean visible(List<Long> memberStatementIds, java.util.Set<Long> visibleStatementIds) {
        return memberStatementIds.isEmpty()
                || memberStatementIds.stream().anyMatch(id -> id == null || visibleStatementIds.contains(id));
    }

    private record Verdict(Label label, String state, org.credence.annotation.Credibility credibility) {
        Verdict(Label label, String state) {
            this(label, state, null);
        }
    }

    /** Blind review applied already: {@code statements} holds only what the reader may see. */
    private static Verdict verdict(
            Long statementId, Map<Long, StatementView> statements, Map<Long, DecisionView> decisions) {
        if (statementId == null) {
            return new Verdict(null, "none");
        }
        StatementView statement = statements.get(statementId);
        if (statement == null) {
            // Deleting a statement sets the member's statement id to null, so a member still naming one
            // that cannot be read names one hidden from this reader.
            return new Verdict(null, HIDDEN);
        }
        DecisionView decision = decisions.getOrDefault(statementId, DecisionView.proposed(statementId));
        if (decision.state() == ReviewState.APPROVED) {
            return new Verdict(
                    decision.goldLabel(), "approved", statement.details().credibility());
        }
        return new Verdict(
                statement.label(),
                decision.state() == ReviewState.REJECTED ? "rejected" : "proposed",
                statement.details().credibility());
    }

    /** The earliest published member (ties: the lowest document id); undated members only when none is dated. */
    private static List<ClaimMemberView> markFirstAppearance(List<ClaimMemberView> rows) {
        Comparator<ClaimMemberView> byDate = Comparator.comparing(
                        ClaimMemberView::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(ClaimMemberView::documentId);
        ClaimMemberView first = rows.stream().min(byDate).orElse(null);
        return rows.stream()
                .map(r -> r != first
                        ? r
                        : new ClaimMemberView(
                                r.memberId(),
                                r.documentId(),
                                r.documentTitle(),
                                r.sourceId(),
                                r.source(),
                                r.published(),
                                r.start(),
                                r.end(),
                                r.exact(),
                                r.presentation(),
                                r.statementId(),
                                r.verdict(),
                                r.verdictState(),
                                true,
                                r.figures(),
                                r.admiralty()))
                .toList();
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
                        conflicts.add(new FigureConflict(
                                rows.get(i).memberId(),
                                rows.get(i).source(),
                                a,
                                rows.get(j).memberId(),
                                rows.get(j).source(),
                                b));
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
