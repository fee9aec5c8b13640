package org.credence.annotation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.credence.annotation.StatementEvents.StatementCreated;
import org.credence.annotation.StatementEvents.StatementDeleted;
import org.credence.document.Document;
import org.credence.document.DocumentNotFoundException;
import org.credence.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import jakarta.persistence.EntityManager;

/** Saves, lists and deletes the statements reviewers highlight. */
@Service
public class AnnotationService {

    private final StatementRepository statements;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnotationService(StatementRepository statements, EntityManager entityManager, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.statements = statements;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a statement on {@code [start, end)} of the document's text (code points).
     *
     * @throws DocumentNotFoundException when the document does not exist
     * @throws InvalidSpanException when the span is empty, reversed, outside the text or blank
     */
    @Transactional
    public StatementView add(long documentId, int start, int end, Label label) {
        if (label == null) {
            throw new IllegalArgumentException("A statement needs a label.");
        }
        Document document = entityManager.find(Document.class, documentId);
        if (document == null) {
            throw new DocumentNotFoundException(documentId);
        }
        StatementSpan span = StatementSpan.of(document.getText(), start, end);
        Statement saved = statements.save(new Statement(document, span, label, currentUser.name(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        events.publishEvent(new StatementCreated(documentId, saved.getId()));
        return StatementView.of(saved);
    }

    /** The document's statements in text order. */
    @Transactional(readOnly = true)
    public List<StatementView> listForDocument(long documentId) {
        if (entityManager.find(Document.class, documentId) == null) {
            throw new DocumentNotFoundException(documentId);
        }
        return statements.findByDocumentInTextOrder(documentId).stream().map(StatementView::of).toList();
    }

    /** @throws StatementNotFoundException when it was already deleted */
    @Transactional
    public void delete(long statementId) {
        Statement statement = statements.findById(statementId)
                .orElseThrow(() -> new StatementNotFoundException(statementId));
        long documentId = statement.getDocument().getId();
        statements.delete(statement);
        events.publishEvent(new StatementDeleted(documentId, statementId));
    }

    /**
     * Every statement of the corpus in document, then text order. The stream reads from an open
     * cursor: the caller must consume and close it inside its own read-only transaction.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Stream<CorpusStatement> streamCorpus() {
        return statements.streamCorpus();
    }
}
