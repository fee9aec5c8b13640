package org.credence.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.review.ReviewEvents.DecisionMade;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
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

    private final HistoryRepository history;
    private final ObjectMapper json;
    private final Clock clock;

    HistoryService(HistoryRepository history, ObjectMapper json, Clock clock) {
        this.history = history;
        this.json = json;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> forStatement(long statementId) {
        return history.findBySubjectTypeAndSubjectIdOrderById(STATEMENT, statementId).stream()
                .map(HistoryEvent::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> forDocument(long documentId) {
        return history.findByDocumentIdOrderById(documentId).stream().map(HistoryEvent::view).toList();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatementCreated e) {
        record(e.statementId(), e.documentId(), "created", e.after().author(), null, e.after());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatementChanged e) {
        record(e.statementId(), e.documentId(), "changed", e.after().modifiedBy(), e.before(), e.after());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StatementDeleted e) {
        record(e.statementId(), e.documentId(), "deleted", actorOf(e), e.before(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DecisionMade e) {
        record(e.after().statementId(), e.documentId(), "decision: " + e.after().state().code(), e.actor(), e.before(),
                e.after());
    }

    /** Only authors delete their statements, so the author is the actor. */
    private static String actorOf(StatementDeleted e) {
        return e.before().author();
    }

    private void record(long statementId, long documentId, String action, String actor, Object before, Object after) {
        history.save(new HistoryEvent(STATEMENT, statementId, documentId, action, actor,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), toJson(before), toJson(after)));
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
