package org.credence.annotation;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.document.Document;
import org.credence.document.DocumentNotFoundException;
import org.credence.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves, changes, lists and deletes the statements reviewers highlight. */
@Service
public class AnnotationService {

    /** Reviewers make statements; editors decide on them (they do not label themselves). */
    static final String REVIEWERS = "hasRole('REVIEWER')";

    private final StatementRepository statements;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatementVisibility visibility;

    AnnotationService(StatementRepository statements, EntityManager entityManager, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, StatementVisibility visibility) {
        this.visibility = visibility;
        this.statements = statements;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a statement with only a label, as the 1/2/3 keys do. */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public StatementView add(long documentId, int start, int end, Label label) {
        if (label == null) {
            throw new IllegalArgumentException("A statement needs a label.");
        }
        return add(documentId, start, end, StatementDetails.of(label), null);
    }

    /**
     * Saves a statement on {@code [start, end)} of the document's text (code points).
     *
     * @param expectedQuote when not null, the text at the span must be exactly this
     * @throws DocumentNotFoundException when the document does not exist
     * @throws InvalidSpanException when the span is empty, reversed, outside the text or blank, or
     *     the quote does not match
     */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public StatementView add(long documentId, int start, int end, StatementDetails details, String expectedQuote) {
        Document document = entityManager.find(Document.class, documentId);
        if (document == null) {
            throw new DocumentNotFoundException(documentId);
        }
        StatementSpan span = StatementSpan.of(document.getText(), start, end, expectedQuote);
        Statement saved = statements.saveAndFlush(new Statement(document, span, details, currentUser.name(), now()));
        StatementView view = StatementView.of(saved);
        events.publishEvent(new StatementCreated(view));
        return view;
    }

    /**
     * Changes a statement's details. The caller passes the version it read: if someone changed the
     * statement since, nothing is overwritten.
     *
     * @throws StatementChangedException when the statement changed or vanished since it was read
     * @throws NotYourStatementException when the current user did not make it
     */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public StatementView update(long statementId, long expectedVersion, StatementDetails details) {
        Statement statement = ownStatement(statementId, expectedVersion);
        StatementView before = StatementView.of(statement);
        statement.change(details, currentUser.name(), now());
        statements.flush();
        StatementView after = StatementView.of(statement);
        events.publishEvent(new StatementChanged(before, after));
        return after;
    }

    /** @throws StatementNotFoundException when it was already deleted */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public void delete(long statementId) {
        Statement statement = statements.findById(statementId)
                .orElseThrow(() -> new StatementNotFoundException(statementId));
        remove(statement);
    }

    /** Deletes the statement as it was read; a statement changed since is kept. */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public void delete(long statementId, long expectedVersion) {
        remove(ownStatement(statementId, expectedVersion));
    }

    /**
     * The document's statements in text order — in blind mode, for a reviewer who has not marked the
     * document done, only their own.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StatementView> listForDocument(long documentId) {
        if (entityManager.find(Document.class, documentId) == null) {
            throw new DocumentNotFoundException(documentId);
        }
        String me = currentUser.name();
        boolean ownOnly = currentUser.onlyReviews() && visibility.hidesOthers(me, documentId);
        return statements.findByDocumentInTextOrder(documentId).stream()
                .filter(s -> !ownOnly || s.getAuthor().equals(me))
                .map(StatementView::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StatementView get(long statementId) {
        return statements.findById(statementId).map(StatementView::of)
                .orElseThrow(() -> new StatementNotFoundException(statementId));
    }

    private void remove(Statement statement) {
        checkAuthor(statement);
        StatementView before = StatementView.of(statement);
        // Listeners (history, review) run first: they may refer to the statement's row.
        events.publishEvent(new StatementDeleted(before));
        statements.delete(statement);
    }

    private Statement ownStatement(long statementId, long expectedVersion) {
        Statement statement = statements.findById(statementId).orElseThrow(() -> new StatementChangedException(
                "This statement was deleted by someone else in the meantime."));
        if (statement.getVersion() != expectedVersion) {
            String who = statement.getModifiedBy() == null ? statement.getAuthor() : statement.getModifiedBy();
            throw new StatementChangedException("This statement was changed by " + who
                    + " since you opened it; nothing was overwritten. Reload it to see the change.");
        }
        checkAuthor(statement);
        return statement;
    }

    private void checkAuthor(Statement statement) {
        if (!statement.getAuthor().equals(currentUser.name())) {
            throw new NotYourStatementException(statement.getAuthor());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
