package org.credence.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.LabelledSpan;
import org.credence.annotation.LabelledSpans;
import org.credence.annotation.ReviewStatus;
import org.credence.annotation.SpanUnits;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.annotation.StatementNotFoundException;
import org.credence.annotation.StatementView;
import org.credence.annotation.StatementVisibility;
import org.credence.annotation.UnitGrouping;
import org.credence.base.domain.FreeText;
import org.credence.document.DocumentRef;
import org.credence.document.DocumentService;
import org.credence.review.ReviewEvents.DecisionMade;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors' decisions on reviewers' statements: the queue, approve / override / reject, reopening. */
@Service
public class ReviewService implements ReviewStatus {

    static final int MAX_REASON = 5_000;

    private final DecisionRepository decisions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AnnotationService annotations;
    private final LabelledSpans labelledSpans;
    private final DocumentService documents;
    private final UnitGrouping grouping;
    private final StatementVisibility visibility;

    ReviewService(
            DecisionRepository decisions,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            AnnotationService annotations,
            LabelledSpans labelledSpans,
            DocumentService documents,
            UnitGrouping grouping,
            StatementVisibility visibility) {
        this.grouping = grouping;
        this.visibility = visibility;
        this.annotations = annotations;
        this.labelledSpans = labelledSpans;
        this.documents = documents;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every span awaiting a decision, disagreements first (tests and small corpora; the view and API page). */
    @Access.Editors
    @Transactional(readOnly = true)
    public List<ReviewGroup> queue() {
        return queue(0, Integer.MAX_VALUE).groups();
    }

    /**
     * One page of the units awaiting a decision with every reviewer's label and span side by side;
     * disagreements (of label or of span) first, then text order. Statements are streamed once, holding
     * only the units still open; only the units up to the page's end are held (a disagreement's place is
     * known as it passes, an agreement's only once all disagreements are counted).
     */
    @Access.Editors
    @Transactional(readOnly = true)
    public ReviewQueuePage queue(int page, int size) {
        Set<Long> decided = new HashSet<>(decisions.findDecidedStatementIds());
        Map<Long, Long> reopenedVersions = decisions.findByState(ReviewState.PROPOSED).stream()
                .collect(Collectors.toMap(Decision::getStatementId, Decision::getVersion));
        long from = (long) page * size;
        long to = from + size;
        List<ReviewGroup> disagreements = new ArrayList<>();
        List<ReviewGroup> agreements = new ArrayList<>();
        long[] counts = new long[2]; // disagreements, agreements
        java.util.function.BiConsumer<Long, List<LabelledSpan>> close = (unitId, unit) -> {
            ReviewGroup group = group(unitId, unit, reopenedVersions);
            int kind = group.disagreement() || group.boundaryDisagreement() ? 0 : 1;
            long index = counts[kind]++;
            if (kind == 0 ? index >= from && index < to : index < to) {
                (kind == 0 ? disagreements : agreements).add(group);
            }
        };
        try (Stream<LabelledSpan> rows = labelledSpans.inTextOrder()) {
            // Units are formed from every statement, decided or not, so their ids are the exports' unit_id.
            SpanUnits.forEachUnit(rows, LabelledSpan::documentId, grouping, unit -> {
                List<LabelledSpan> awaiting = unit.stream()
                        .filter(s -> !decided.contains(s.statementId()))
                        .toList();
                if (!awaiting.isEmpty()) {
                    close.accept(unit.get(0).statementId(), awaiting);
                }
            });
        }
        List<ReviewGroup> groups = new ArrayList<>(disagreements);
        // Agreements follow all counts[0] disagreements: agreement i sits at counts[0] + i.
        for (int i = 0; i < agreements.size(); i++) {
            long position = counts[0] + i;
            if (position >= from && position < to) {
                groups.add(agreements.get(i));
            }
        }
        return new ReviewQueuePage(titled(groups), page, size, counts[0] + counts[1], counts[0]);
    }

    private static ReviewGroup group(long unitId, List<LabelledSpan> unit, Map<Long, Long> reopenedVersions) {
        LabelledSpan first = unit.get(0);
        List<ReviewGroup.Entry> entries = unit.stream()
                .map(s -> new ReviewGroup.Entry(
                        s.statementId(),
                        s.author(),
                        s.label(),
                        s.start(),
                        s.end(),
                        s.quote(),
                        reopenedVersions.getOrDefault(s.statementId(), DecisionView.NONE)))
                .toList();
        return new ReviewGroup(
                unitId,
                first.documentId(),
                null,
                unit.stream().mapToInt(LabelledSpan::start).min().orElseThrow(),
                unit.stream().mapToInt(LabelledSpan::end).max().orElseThrow(),
                SpanUnits.text(unit),
                entries);
    }

    /** The sentence around a unit and each reviewer's details, read when the editor opens it. */
    @Access.Editors
    @Transactional(readOnly = true)
    public UnitContext context(ReviewGroup group) {
        String text = documents.text(group.documentId());
        String sentence = org.credence.search.Sentences.around(
                org.credence.search.Sentences.of(text), group.start(), group.end());
        Map<Long, org.credence.annotation.StatementDetails> details = new java.util.HashMap<>();
        annotations
                .findVisible(group.entries().stream()
                        .map(ReviewGroup.Entry::statementId)
                        .toList())
                .forEach((id, statement) -> details.put(id, statement.details()));
        return new UnitContext(sentence, details);
    }

    /** Titles for the page's groups only, in one batch. */
    private List<ReviewGroup> titled(List<ReviewGroup> groups) {
        Map<Long, DocumentRef> refs =
                documents.refs(groups.stream().map(ReviewGroup::documentId).toList());
        return groups.stream()
                .map(g -> new ReviewGroup(
                        g.unitId(),
                        g.documentId(),
                        refs.containsKey(g.documentId())
                                ? refs.get(g.documentId()).title()
                                : null,
                        g.start(),
                        g.end(),
                        g.quote(),
                        g.entries()))
                .toList();
    }

    /**
     * Decides one statement.
     *
     * @param expectedVersion the decision version the editor saw ({@code -1}: none yet)
     * @param label the gold label for {@code OVERRIDE}; ignored otherwise
     * @throws org.springframework.dao.OptimisticLockingFailureException when another editor decided first
     * @throws IllegalArgumentException when a reason or label is missing, or the state does not allow it
     */
    @Access.Editors
    @Transactional
    public DecisionView decide(long statementId, long expectedVersion, DecisionKind kind, Label label, String reason) {
        return decide(statementId, expectedVersion, kind, label, null, reason);
    }

    /**
     * Decides one statement, saying where it is when the editor chose another reviewer's span.
     *
     * @param span the gold span, null (or the statement's own) to keep the statement's; must overlap
     *     the statement's span and lie inside the document
     * @throws IllegalArgumentException also when the gold span is elsewhere
     */
    @Access.Editors
    @Transactional
    public DecisionView decide(
            long statementId, long expectedVersion, DecisionKind kind, Label label, GoldSpan span, String reason) {
        StatementView statement =
                annotations.findVisible(statementId).orElseThrow(() -> new StatementNotFoundException(statementId));
        if (kind == DecisionKind.REJECT && span != null) {
            throw new IllegalArgumentException("A rejection has no gold span; leave goldStart and goldEnd out.");
        }
        Decision decision = decisions
                .findByStatementId(statementId)
                .orElseGet(() -> new Decision(statementId, statement.documentId()));
        long current = decision.getId() == null ? DecisionView.NONE : decision.getVersion();
        if (current != expectedVersion) {
            throw new OptimisticLockingFailureException("Another editor decided this statement ("
                    + (decision.getDecidedBy() == null ? "someone" : decision.getDecidedBy())
                    + ") while you were looking at it; nothing was overwritten. Reload the queue.");
        }
        GoldSpan gold = kind == DecisionKind.REJECT ? null : goldSpan(statement, span);
        DecisionView before = decision.getId() == null ? DecisionView.proposed(statementId) : DecisionView.of(decision);
        String why = FreeText.check("The reason", reason, MAX_REASON);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        switch (kind) {
            case APPROVE -> decision.approve(statement.label(), gold, why, currentUser.name(), now);
            case OVERRIDE -> {
                if (label == null) {
                    throw new IllegalArgumentException("An override needs the label to put in its place.");
                }
                decision.approve(label, gold, why, currentUser.name(), now);
            }
            case REJECT -> {
                if (why == null) {
                    throw new IllegalArgumentException("A rejection needs a reason, for the reviewer.");
                }
                decision.reject(why, currentUser.name(), now);
            }
        }
        Decision saved;
        try {
            saved = decisions.saveAndFlush(decision);
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            throw new OptimisticLockingFailureException(
                    "Another editor decided this statement at the same moment;"
                            + " nothing was overwritten. Reload the queue.",
                    raced);
        }
        DecisionView after = DecisionView.of(saved);
        events.publishEvent(
                new DecisionMade(statement.documentId(), statement.author(), before, after, currentUser.name()));
        return after;
    }

    /** The gold span to store: null when it is the statement's own. */
    private GoldSpan goldSpan(StatementView statement, GoldSpan span) {
        if (span == null || span.start() == statement.start() && span.end() == statement.end()) {
            return null;
        }
        if (span.end() <= statement.start() || span.start() >= statement.end()) {
            throw new IllegalArgumentException("The gold span " + span.start() + "–" + span.end()
                    + " does not overlap the statement (" + statement.start() + "–" + statement.end()
                    + "): choose a span of the same unit.");
        }
        String text = documents.text(statement.documentId());
        int length = text.codePointCount(0, text.length());
        if (span.end() > length) {
            throw new IllegalArgumentException(
                    "The gold span ends at " + span.end() + ", past the document's end (" + length + ").");
        }
        return span;
    }

    /** Decides every statement of a unit at once, all or nothing, with the same gold label. */
    @Access.Editors
    @Transactional
    public List<DecisionView> decideGroup(ReviewGroup group, Label gold, boolean reject, String reason) {
        return decideGroup(group, gold, null, reject, reason);
    }

    /**
     * Decides every statement of a unit at once, all or nothing, with the same gold label and gold
     * span (null: each keeps its own).
     */
    @Access.Editors
    @Transactional
    public List<DecisionView> decideGroup(ReviewGroup group, Label gold, GoldSpan span, boolean reject, String reason) {
        List<DecisionView> result = new ArrayList<>();
        for (ReviewGroup.Entry entry : group.entries()) {
            DecisionKind kind =
                    reject ? DecisionKind.REJECT : entry.label() == gold ? DecisionKind.APPROVE : DecisionKind.OVERRIDE;
            result.add(decide(entry.statementId(), entry.decisionVersion(), kind, gold, reject ? null : span, reason));
        }
        return result;
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public DecisionView decisionFor(long statementId) {
        StatementView statement =
                annotations.findVisible(statementId).orElseThrow(() -> new StatementNotFoundException(statementId));
        DecisionView decision = decisions
                .findByStatementId(statementId)
                .map(DecisionView::of)
                .orElse(DecisionView.proposed(statementId));
        return visibility.showsOnlyOwn(statement.documentId()) ? decision.withoutGoldSpan() : decision;
    }

    /** The decisions on the statements among these that the signed-in user may see (PROPOSED when none yet). */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public Map<Long, DecisionView> decisionsFor(Collection<Long> statementIds) {
        Map<Long, StatementView> visible = annotations.findVisible(statementIds);
        Map<Long, DecisionView> result = new java.util.HashMap<>();
        visible.keySet().forEach(id -> result.put(id, DecisionView.proposed(id)));
        Set<Long> onlyOwn = visibility.documentsShowingOnlyOwn(
                visible.values().stream().map(StatementView::documentId).collect(Collectors.toSet()));
        org.credence.base.domain.InBatches.read(visible.keySet(), decisions::findByStatementIdIn)
                .forEach(d -> result.put(
                        d.getStatementId(),
                        onlyOwn.contains(d.getDocumentId())
                                ? DecisionView.of(d).withoutGoldSpan()
                                : DecisionView.of(d)));
        return result;
    }

    /**
     * The signed-in reviewer's statements an editor overrode (a gold label other than theirs) or
     * rejected, latest decision first: the feedback a reviewer learns from.
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<Overruled> myOverruled() {
        List<Decision> overruled =
                org.credence.base.domain.InBatches.read(annotations.ownIds(), decisions::findByStatementIdIn).stream()
                        .filter(d -> d.getState() != ReviewState.PROPOSED)
                        .toList();
        Map<Long, StatementView> statements = annotations.findVisible(
                overruled.stream().map(Decision::getStatementId).toList());
        Map<Long, DocumentRef> refs = documents.refs(statements.values().stream()
                .map(StatementView::documentId)
                .distinct()
                .toList());
        return overruled.stream()
                .filter(d -> statements.containsKey(d.getStatementId()))
                .filter(d -> d.getState() == ReviewState.REJECTED
                        || d.getGoldLabel()
                                != statements.get(d.getStatementId()).label())
                .sorted(java.util.Comparator.comparing(Decision::getDecidedAt).reversed())
                .map(d -> {
                    StatementView statement = statements.get(d.getStatementId());
                    DocumentRef ref = refs.get(statement.documentId());
                    return new Overruled(
                            statement.id(),
                            statement.documentId(),
                            ref == null ? null : ref.title(),
                            statement.quote(),
                            statement.label(),
                            d.getState(),
                            d.getGoldLabel(),
                            d.getReason(),
                            d.getDecidedBy(),
                            d.getDecidedAt());
                })
                .toList();
    }

    @Override
    @Access.SignedIn
    @Transactional(readOnly = true)
    public Map<Long, String> describe(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return Map.of();
        }
        return decisions.findByStatementIdIn(statementIds).stream()
                .filter(d -> d.getState() != ReviewState.PROPOSED)
                .collect(Collectors.toMap(
                        Decision::getStatementId, d -> DecisionView.of(d).describe()));
    }

    @Override
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.Set<Long> decided(Collection<Long> statementIds) {
        // A Library page can show thousands of statements, more than one IN list should hold.
        return new java.util.HashSet<>(
                org.credence.base.domain.InBatches.read(statementIds, decisions::findDecidedAmong));
    }

    /** A reviewer's edit after a decision sends the statement back to the queue. */
    @EventListener
    void reopenOnChange(StatementChanged changed) {
        decisions
                .findByStatementId(changed.statementId())
                .filter(d -> d.getState() != ReviewState.PROPOSED)
                .ifPresent(d -> {
                    DecisionView before = DecisionView.of(d);
                    d.reopen();
                    decisions.flush();
                    events.publishEvent(new DecisionMade(
                            changed.documentId(),
                            changed.after().author(),
                            before,
                            DecisionView.of(d),
                            changed.after().modifiedBy()));
                });
    }

    /** The decision goes with its statement (the history keeps both). */
    @EventListener
    void forgetOnDelete(StatementDeleted deleted) {
        decisions.findByStatementId(deleted.statementId()).ifPresent(d -> {
            decisions.delete(d);
            decisions.flush();
        });
    }
}
