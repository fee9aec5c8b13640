package org.credence.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.annotation.Label;
import org.credence.base.domain.FreeText;
import org.credence.annotation.ReviewStatus;
import org.credence.annotation.Statement;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.annotation.StatementNotFoundException;
import org.credence.annotation.StatementVisibility;
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
    private final jakarta.persistence.EntityManager entityManager;

    private final StatementVisibility visibility;

    ReviewService(DecisionRepository decisions, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            jakarta.persistence.EntityManager entityManager, StatementVisibility visibility) {
        this.visibility = visibility;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Spans awaiting a decision with every reviewer's label side by side; disagreements first. */
    @Access.Editors
    @Transactional(readOnly = true)
    public List<ReviewGroup> queue() {
        List<Statement> undecided = decisions.findUndecidedStatements();
        Map<Long, Decision> byStatement = decisions.findByStatementIdIn(undecided.stream().map(Statement::getId).toList())
                .stream().collect(Collectors.toMap(Decision::getStatementId, Function.identity()));
        Map<String, List<Statement>> bySpan = new LinkedHashMap<>();
        for (Statement s : undecided) {
            bySpan.computeIfAbsent(s.getDocument().getId() + ":" + s.getStart() + ":" + s.getEnd(), k -> new ArrayList<>())
                    .add(s);
        }
        List<ReviewGroup> groups = new ArrayList<>();
        for (List<Statement> span : bySpan.values()) {
            Statement first = span.get(0);
            List<ReviewGroup.Entry> entries = span.stream().map(s -> new ReviewGroup.Entry(s.getId(), s.getAuthor(),
                    s.getLabel(), byStatement.containsKey(s.getId()) ? byStatement.get(s.getId()).getVersion()
                            : DecisionView.NONE)).toList();
            groups.add(new ReviewGroup(first.getDocument().getId(), first.getDocument().getTitle(), first.getStart(),
                    first.getEnd(), first.getQuote(), entries));
        }
        groups.sort(Comparator.comparing((ReviewGroup g) -> !g.disagreement()));
        return groups;
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
        Statement statement = entityManager.find(Statement.class, statementId);
        if (statement == null) {
            throw new StatementNotFoundException(statementId);
        }
        Decision decision = decisions.findByStatementId(statementId)
                .orElseGet(() -> new Decision(statementId, statement.getDocument().getId()));
        long current = decision.getId() == null ? DecisionView.NONE : decision.getVersion();
        if (current != expectedVersion) {
            throw new OptimisticLockingFailureException("Another editor decided this statement ("
                    + (decision.getDecidedBy() == null ? "someone" : decision.getDecidedBy())
                    + ") while you were looking at it; nothing was overwritten. Reload the queue.");
        }
        DecisionView before = decision.getId() == null ? DecisionView.proposed(statementId) : DecisionView.of(decision);
        String why = FreeText.check("The reason", reason, MAX_REASON);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        switch (kind) {
            case APPROVE -> decision.approve(statement.getLabel(), why, currentUser.name(), now);
            case OVERRIDE -> {
                if (label == null) {
                    throw new IllegalArgumentException("An override needs the label to put in its place.");
                }
                decision.approve(label, why, currentUser.name(), now);
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
            throw new OptimisticLockingFailureException("Another editor decided this statement at the same moment;"
                    + " nothing was overwritten. Reload the queue.", raced);
        }
        DecisionView after = DecisionView.of(saved);
        events.publishEvent(new DecisionMade(statement.getDocument().getId(), statement.getAuthor(), before, after,
                currentUser.name()));
        return after;
    }

    /** Decides every statement of a review group at once: all or nothing. */
    @Access.Editors
    @Transactional
    public List<DecisionView> decideGroup(ReviewGroup group, Label gold, boolean reject, String reason) {
        List<DecisionView> result = new ArrayList<>();
        for (ReviewGroup.Entry entry : group.entries()) {
            DecisionKind kind = reject ? DecisionKind.REJECT : entry.label() == gold ? DecisionKind.APPROVE
                    : DecisionKind.OVERRIDE;
            result.add(decide(entry.statementId(), entry.decisionVersion(), kind, gold, reason));
        }
        return result;
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public DecisionView decisionFor(long statementId) {
        Statement statement = entityManager.find(Statement.class, statementId);
        if (statement == null) {
            throw new StatementNotFoundException(statementId);
        }
        visibility.requireVisible(statementId, statement.getDocument().getId(), statement.getAuthor());
        return decisions.findByStatementId(statementId).map(DecisionView::of)
                .orElse(DecisionView.proposed(statementId));
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
                .collect(Collectors.toMap(Decision::getStatementId, d -> DecisionView.of(d).describe()));
    }

    /** A reviewer's edit after a decision sends the statement back to the queue. */
    @EventListener
    void reopenOnChange(StatementChanged changed) {
        decisions.findByStatementId(changed.statementId())
                .filter(d -> d.getState() != ReviewState.PROPOSED)
                .ifPresent(d -> {
                    DecisionView before = DecisionView.of(d);
                    d.reopen();
                    decisions.flush();
                    events.publishEvent(new DecisionMade(changed.documentId(), changed.after().author(), before, DecisionView.of(d),
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
