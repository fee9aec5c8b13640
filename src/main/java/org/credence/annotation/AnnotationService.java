package org.credence.annotation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.credence.annotation.StatementEvents.StatementChanged;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves, changes, lists and deletes the statements reviewers highlight. */
@Service
public class AnnotationService {

    private final StatementRepository statements;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatementVisibility visibility;
    private final org.credence.project.ProjectService projectService;
    private final org.credence.project.ActingProject project;

    AnnotationService(
            StatementRepository statements,
            DocumentService documents,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            StatementVisibility visibility,
            org.credence.project.ProjectService projectService,
            org.credence.project.ActingProject project) {
        this.project = project;
        this.projectService = projectService;
        this.visibility = visibility;
        this.statements = statements;
        this.documents = documents;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a statement with only a label, as the 1/2/3 keys do. */
    @Access.Reviewers
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
    @Access.Reviewers
    @Transactional
    public StatementView add(long documentId, int start, int end, StatementDetails details, String expectedQuote) {
        return save(documentId, start, end, details, expectedQuote, currentUser.name(), false);
    }

    /**
     * Restores a statement from an export in its original author's name. The author must be an active
     * reviewer account here (a name from elsewhere is refused, never invented); the history names the
     * editor who restored it as the actor, with the action "restored".
     *
     * @throws IllegalArgumentException when the author is not an active reviewer account
     */
    @Access.EditorsAndAdmins
    @Transactional
    public StatementView restore(
            long documentId, int start, int end, StatementDetails details, String expectedQuote, String author) {
        try {
            projectService.requireActingMember(author, Role.REVIEWER);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " A restored statement keeps its author, who must be an"
                    + " active reviewer in this project: create the account or add them to the project, then import"
                    + " again.");
        }
        return save(documentId, start, end, details, expectedQuote, author, true);
    }

    private StatementView save(
            long documentId,
            int start,
            int end,
            StatementDetails details,
            String expectedQuote,
            String author,
            boolean restored) {
        StatementSpan span = StatementSpan.of(documents.text(documentId), start, end, expectedQuote);
        requireEvidenceVisible(details);
        Statement saved =
                statements.saveAndFlush(new Statement(project.id(), documentId, span, details, author, now()));
        StatementView view = StatementView.of(saved);
        events.publishEvent(new StatementCreated(
                view, currentUser.name(), restored ? StatementEvents.Origin.RESTORED : StatementEvents.Origin.CREATED));
        return view;
    }

    /** Evidence that names a statement must name one that exists and that the user may see. */
    private void requireEvidenceVisible(StatementDetails details) {
        Long evidence = details.evidenceStatementId();
        if (evidence != null && findVisible(evidence).isEmpty()) {
            throw new IllegalArgumentException("The evidence statement " + evidence + " does not exist.");
        }
    }

    /**
     * Changes a statement's details. The caller passes the version it read: if someone changed the
     * statement since, nothing is overwritten.
     *
     * @throws StatementChangedException when the statement changed or vanished since it was read
     * @throws NotYourStatementException when the current user did not make it
     */
    @Access.Reviewers
    @Transactional
    public StatementView update(long statementId, long expectedVersion, StatementDetails details) {
        Statement statement = ownStatement(statementId, expectedVersion);
        requireEvidenceVisible(details);
        StatementView before = StatementView.of(statement);
        statement.change(details, currentUser.name(), now());
        statements.flush();
        StatementView after = StatementView.of(statement);
        events.publishEvent(new StatementChanged(before, after));
        return after;
    }

    /** @throws StatementNotFoundException when it was already deleted */
    @Access.Reviewers
    @Transactional
    public void delete(long statementId) {
        remove(visibleStatement(statementId));
    }

    /** Deletes the statement as it was read; a statement changed since is kept. */
    @Access.Reviewers
    @Transactional
    public void delete(long statementId, long expectedVersion) {
        remove(ownStatement(statementId, expectedVersion));
    }

    /**
     * The document's statements in text order — in blind mode, for a reviewer who has not marked the
     * document done, only their own.
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<StatementView> listForDocument(long documentId) {
        documents.ref(documentId); // DocumentNotFoundException: not an empty list
        var visible = visibility.authorsVisibleOn(documentId);
        return statements.findByDocumentInTextOrder(documentId).stream()
                .filter(s -> visible.test(s.getAuthor()))
                .map(StatementView::of)
                .toList();
    }

    /**
     * One statement, if the signed-in user may see it (see {@link StatementVisibility}).
     *
     * @throws StatementNotFoundException when it does not exist or is hidden from them by blind review
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public StatementView get(long statementId) {
        return StatementView.of(visibleStatement(statementId));
    }

    /**
     * One statement if it exists and the signed-in user may see it; empty otherwise. For callers inside
     * their own transaction, where {@link #get}'s exception would mark it for rollback.
     */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.Optional<StatementView> findVisible(long statementId) {
        return statements
                .findById(statementId)
                .filter(s -> visibility.maySee(s.getDocumentId(), s.getAuthor()))
                .map(StatementView::of);
    }

    /** The statements among these ids that exist and the signed-in user may see, by id: one batch, not a query each. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.Map<Long, StatementView> findVisible(java.util.Collection<Long> statementIds) {
        List<Statement> found = org.credence.base.domain.InBatches.read(statementIds, statements::findAllById);
        java.util.Map<Long, StatementView> visible = new java.util.HashMap<>();
        visibility
                .visibleAmong(found, Statement::getDocumentId, Statement::getAuthor)
                .forEach(s -> visible.put(s.getId(), StatementView.of(s)));
        return visible;
    }

    /** The ids of every statement the signed-in user made in the project they act in. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public List<Long> ownIds() {
        return statements.findIdsByProjectIdAndAuthor(project.id(), currentUser.name());
    }

    /** For each of the documents, how many statements the signed-in user made on it; documents without any are absent. */
    @Access.SignedIn
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> countOwn(java.util.Collection<Long> documentIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (!documentIds.isEmpty()) {
            statements
                    .countByDocumentAndAuthor(documentIds, currentUser.name())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    private void remove(Statement statement) {
        checkAuthor(statement);
        StatementView before = StatementView.of(statement);
        // Listeners (history, review) run first: they may refer to the statement's row.
        events.publishEvent(new StatementDeleted(before));
        statements.delete(statement);
    }

    private Statement visibleStatement(long statementId) {
        Statement statement =
                statements.findById(statementId).orElseThrow(() -> new StatementNotFoundException(statementId));
        visibility.requireVisible(statementId, statement.getDocumentId(), statement.getAuthor());
        return statement;
    }

    private Statement ownStatement(long statementId, long expectedVersion) {
        // Missing and hidden answer alike (404), so ids cannot be probed for other reviewers' work.
        Statement statement =
                statements.findById(statementId).orElseThrow(() -> new StatementNotFoundException(statementId));
        // Hidden first: neither the version nor the author of a statement one may not see is told.
        visibility.requireVisible(statementId, statement.getDocumentId(), statement.getAuthor());
        if (statement.getVersion() != expectedVersion) {
            String who = statement.getModifiedBy() == null ? statement.getAuthor() : statement.getModifiedBy();
            throw new StatementChangedException(
                    who.equals(currentUser.name())
                            ? "This statement was changed in another window since you opened it; nothing was overwritten."
                                    + " Reload it to see the change."
                            : "This statement was changed by " + who + " since you opened it; nothing was overwritten."
                                    + " Reload it to see the change.");
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
