package org.credence.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.annotation.StatementVisibility;
import org.credence.claim.ClaimEvents;
import org.credence.review.ReviewEvents.DecisionMade;
import org.credence.security.Access;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. It listens to the features' events inside their transactions, so a
 * change and its history entry commit together or not at all: nothing disappears without a trace.
 */
@Service
public class HistoryService {

    static final String STATEMENT = "statement";
    static final String CLAIM = "claim";

    private final HistoryRepository history;
    private final ObjectMapper json;
    private final Clock clock;
    private final StatementVisibility visibility;

    HistoryService(HistoryRepository history, ObjectMapper json, Clock clock, StatementVisibility visibility) {
        this.visibility = visibility;
        this.history = history;
        this.json = json;
        this.clock = clock;
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> forStatement(long statementId) {
        // A statement hidden by blind review has no history for the reader, as one that never existed.
        return history.findBySubjectTypeAndSubjectIdOrderById(STATEMENT, statementId).stream()
                .filter(e -> visibility.maySee(e.getDocumentId(), e.getSubjectAuthor()))
                .map(HistoryEvent::view)
                .map(this::withoutGoldSpanIfBlind)
                .toList();
    }

    /** Who added and removed which passages of a claim; lines about passages blind review hides are left out. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> forClaim(long claimId) {
        return history.findBySubjectTypeAndSubjectIdOrderById(CLAIM, claimId).stream()
                .filter(e -> visibility.maySee(e.getDocumentId(), e.getSubjectAuthor()))
                .map(HistoryEvent::view)
                .toList();
    }

    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<HistoryEntry> forDocument(long documentId) {
        var visible = visibility.authorsVisibleOn(documentId);
        boolean onlyOwn = visibility.showsOnlyOwn(documentId);
        return history.findByDocumentIdOrderById(documentId).stream()
                .filter(e -> visible.test(e.getSubjectAuthor()))
                .map(HistoryEvent::view)
                .map(e -> onlyOwn ? withoutGoldSpan(e) : e)
                .toList();
    }

    private HistoryEntry withoutGoldSpanIfBlind(HistoryEntry entry) {
        return visibility.showsOnlyOwn(entry.documentId()) ? withoutGoldSpan(entry) : entry;
    }

    /**
     * A decision's gold span is usually another reviewer's selection: a reader blind review keeps from
     * others' statements sees the decision without it (the record keeps it for everyone else).
     */
    private HistoryEntry withoutGoldSpan(HistoryEntry entry) {
        if (!entry.action().startsWith("decision")) {
            return entry;
        }
        return new HistoryEntry(
                entry.id(),
                entry.subjectType(),
                entry.subjectId(),
                entry.documentId(),
                entry.action(),
                entry.actor(),
                entry.occurredAt(),
                withoutGoldSpan(entry.before()),
                withoutGoldSpan(entry.after()));
    }

    private String withoutGoldSpan(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = json.readTree(snapshot);
            if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has("goldSpan")) {
                object.remove("goldSpan");
                return json.writeValueAsString(object);
            }
            return snapshot;
        } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            throw new IllegalStateException("A history snapshot is not JSON", unreadable);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatementCreated e) {
        record(e.statementId(), e.documentId(), e.after().author(), e.origin().action(), e.actor(), null, e.after());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatementChanged e) {
        record(
                e.statementId(),
                e.documentId(),
                e.after().author(),
                "changed",
                e.after().modifiedBy(),
                e.before(),
                e.after());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatementDeleted e) {
        record(e.statementId(), e.documentId(), e.before().author(), "deleted", actorOf(e), e.before(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DecisionMade e) {
        record(
                e.after().statementId(),
                e.documentId(),
                e.statementAuthor(),
                "decision: " + e.after().state().code(),
                e.actor(),
                e.before(),
                e.after());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ClaimEvents.MembershipChanged e) {
        history.save(new HistoryEvent(
                CLAIM,
                e.claimId(),
                e.documentId(),
                e.addedBy(),
                e.added() ? "member added" : "member removed",
                e.actor(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                e.added() ? null : toJson(e.member()),
                e.added() ? toJson(e.member()) : null));
    }

    /** Only authors delete their statements, so the author is the actor. */
    private static String actorOf(StatementDeleted e) {
        return e.before().author();
    }

    private void record(
            long statementId,
            long documentId,
            String author,
            String action,
            String actor,
            Object before,
            Object after) {
        history.save(new HistoryEvent(
                STATEMENT,
                statementId,
                documentId,
                author,
                action,
                actor,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                toJson(before),
                toJson(after)));
    }

    private String toJson(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A history snapshot could not be written", e);
        }
    }
}
